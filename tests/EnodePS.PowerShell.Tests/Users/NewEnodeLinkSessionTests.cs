using System;
using System.Linq;
using System.Management.Automation;
using EnodePS.Client.Models;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Users
{
    public class NewEnodeLinkSessionTests
    {
        [Fact]
        public void Sends_the_reference_body_and_outputs_the_session()
        {
            using var session = new PowerShellSession();

            var result = session.Run(
                "New-EnodeLinkSession -UserId user-7 -Vendor volvo -DeviceType vehicle -Scope vehicle:read:data, vehicle:read:location " +
                "-Language nb-no -RedirectUri https://app.example.com/done -ColorScheme light").AssertSucceeded();

            var sent = session.Emulator.Journal.Api().Last();
            Assert.Equal(("POST", "/users/user-7/link"), (sent.Method, sent.Path));
            Assert.Equal("{\"vendor\":\"VOLVO\",\"vendorType\":\"vehicle\",\"scopes\":[\"vehicle:read:data\",\"vehicle:read:location\"],\"language\":\"nb-NO\",\"redirectUri\":\"https://app.example.com/done\",\"colorScheme\":\"light\"}", sent.Body);
            var link = Assert.IsType<LinkSession>(Assert.Single(result.Objects));
            Assert.Equal("EnodePS.LinkSession", result.Output[0].TypeNames[0]);
            Assert.Equal("user-7", link.UserId);
            Assert.True(link.ExpiresAt > DateTimeOffset.UtcNow.AddHours(23.9));
            Assert.Contains(link.LinkToken, link.LinkUrl);
        }

        [Theory]
        [InlineData(new[] { "vehicle:control:charging" }, null, "https://a.example/", "Scope", "vehicle:read:data scope is required")]
        [InlineData(new[] { "vehicle:read:data" }, "battery", "https://a.example/", "Scope", "battery:read:data scope is required")]
        [InlineData(new[] { "vehicle:read:data", "car:read:data" }, null, "https://a.example/", "Scope", "vehicle:control:charging")]
        [InlineData(new[] { "vehicle:read:data" }, null, "not a uri", "RedirectUri", "absolute URI")]
        public void Names_the_parameter_and_the_allowed_values_before_sending(string[] scopes, string? vendorType, string redirect, string parameter, string allowed)
        {
            using var session = new PowerShellSession();
            var before = session.Emulator.RequestCount;

            var result = session.Run(
                "New-EnodeLinkSession -UserId u -Scope $scopes -RedirectUri $redirect" + (vendorType == null ? "" : " -DeviceType $vendorType"),
                new { scopes, redirect, vendorType });

            Assert.Equal(before, session.Emulator.RequestCount);
            var error = Assert.Single(result.AllErrors);
            Assert.Equal("EnodeInvalidParameter,EnodePS.Cmdlets.Users.NewEnodeLinkSessionCommand", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.Contains("for -" + parameter + ":", error.Exception.Message);
            Assert.Contains(allowed, error.Exception.Message);
        }

        [Fact]
        public void Rejects_an_unknown_language_and_vendor_and_whatif_sends_nothing()
        {
            using var session = new PowerShellSession();
            var before = session.Emulator.RequestCount;

            var language = Assert.Single(session.Run("New-EnodeLinkSession -UserId u -Scope hvac:read:data -RedirectUri https://a.example/ -Language en").AllErrors);
            Assert.Equal("ParameterArgumentValidationError,EnodePS.Cmdlets.Users.NewEnodeLinkSessionCommand", language.FullyQualifiedErrorId);
            Assert.Contains("'Language'", language.Exception.Message);
            Assert.Contains("browser,da-DK", language.Exception.Message);
            var vendor = Assert.Single(session.Run("New-EnodeLinkSession -UserId u -Scope hvac:read:data -RedirectUri https://a.example/ -Vendor Acme").AllErrors);
            Assert.Equal("EnodeInvalidParameter,EnodePS.Cmdlets.Users.NewEnodeLinkSessionCommand", vendor.FullyQualifiedErrorId);
            Assert.Contains("for -Vendor: a vendor the API knows: AFORE", vendor.Exception.Message);

            var whatIf = session.Run("New-EnodeLinkSession -UserId u -Scope hvac:read:data -RedirectUri https://a.example/ -WhatIf").AssertSucceeded();
            Assert.Empty(whatIf.Output);
            session.Host.Answer = PromptAnswer.No;
            var declined = session.Run("New-EnodeLinkSession -UserId u -Scope hvac:read:data -RedirectUri https://a.example/ -Confirm");
            Assert.Empty(declined.AllErrors);
            Assert.Contains(ConfirmPrompt.Operation("Create a link session", "u"), Assert.Single(declined.Prompts));
            Assert.Empty(declined.Output);
            Assert.Equal(before, session.Emulator.RequestCount);
        }

        [Fact]
        public void The_connections_limit_is_an_error_that_says_what_to_do()
        {
            using var session = new PowerShellSession();
            session.Emulator.Options.ConnectionLimit = 1;

            var result = session.Run("New-EnodeLinkSession -UserId u -Scope vehicle:read:data -RedirectUri https://a.example/");

            var error = Assert.Single(result.AllErrors);
            Assert.Equal("EnodeConnectionsLimitReached,EnodePS.Cmdlets.Users.NewEnodeLinkSessionCommand", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.QuotaExceeded, error.CategoryInfo.Category);
            Assert.Contains("connections limit", error.Exception.Message);
            Assert.Contains("Remove-EnodeUser", error.ErrorDetails.RecommendedAction);
        }
    }
}
