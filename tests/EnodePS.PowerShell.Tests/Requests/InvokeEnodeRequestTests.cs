using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using EnodePS.Emulator;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Requests
{
    public class InvokeEnodeRequestTests
    {
        private const string InvokeId = ",EnodePS.Cmdlets.Requests.InvokeEnodeRequestCommand";

        [Fact]
        public void A_get_returns_the_answer_as_objects()
        {
            using var session = new PowerShellSession();
            var id = session.Emulator.State.Vehicles.All[0].Id;

            var record = session.Run("Invoke-EnodeRequest -Path \"/vehicles/$id\"", new { id }).AssertSucceeded().Output.Single();

            Assert.IsType<PSCustomObject>(record.BaseObject);
            Assert.Equal(id, record.Properties["id"].Value);
            var chargeState = Assert.IsType<PSObject>(record.Properties["chargeState"].Value);
            Assert.IsType<PSCustomObject>(chargeState.BaseObject);
            Assert.Equal(id, session.Invoke("(Invoke-EnodeRequest /vehicles/$id).id", new { id }).Single());
        }

        [Fact]
        public void All_follows_every_page_and_streams_each_item()
        {
            using var session = new PowerShellSession(new EmulatorOptions { VehicleCount = 75 });

            var ids = session.Invoke("Invoke-EnodeRequest -Path /vehicles -Query @{ pageSize = 20 } -All | ForEach-Object id");

            Assert.Equal(session.Emulator.State.Vehicles.All.Select(r => (object)r.Id), ids);
            Assert.Equal(4, session.Emulator.ServedOperations["GET /vehicles"]);
        }

        [Fact]
        public void All_items_have_the_shape_of_a_single_answer_as_Invoke_RestMethod_users_expect()
        {
            using var session = new PowerShellSession(new EmulatorOptions { VehicleCount = 3 });

            var items = session.Run("Invoke-EnodeRequest -Path /vehicles -All").AssertSucceeded().Output;
            var single = session.Run("Invoke-EnodeRequest -Path \"/vehicles/$id\"", new { id = items[0].Properties["id"].Value }).AssertSucceeded().Output.Single();

            Assert.Equal(3, items.Count);
            AssertSameShape(single, items[0], "vehicle");
            var values = items.SelectMany(i => Leaves(i)).ToList();
            Assert.All(values, v => Assert.True(v == null || v is string || v is long || v is double || v is bool, $"unexpected {v?.GetType()}"));
            // Dates stay the API's text, as Invoke-EnodeRequest without -All gives them.
            var lastSeen = Assert.IsType<string>(items[0].Properties["lastSeen"].Value);
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}T", lastSeen);
            Assert.IsType<object[]>(items[0].Properties["scopes"].Value);
            Assert.IsType<bool>(items[0].Properties["isReachable"].Value);
            Assert.Equal(new[] { "System.Management.Automation.PSCustomObject", "System.Object" }, items[0].TypeNames);
        }

        [Fact]
        public void All_stopped_by_Select_Object_asks_for_at_most_one_page_ahead()
        {
            using var session = new PowerShellSession(new EmulatorOptions { VehicleCount = 200 });

            var ids = session.Invoke("Invoke-EnodeRequest -Path /vehicles -Query @{ pageSize = 20 } -All | Select-Object -First 5 | ForEach-Object id");

            Assert.Equal(session.Emulator.State.Vehicles.All.Take(5).Select(r => (object)r.Id), ids);
            Assert.InRange(session.Emulator.ServedOperations["GET /vehicles"], 1, 2);
        }

        // What users would otherwise write: a token, then Invoke-RestMethod on the same emulator.
        private const string InvokeRestMethod =
            "$basic = [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($clientId + ':' + $secret)); " +
            "$token = (Invoke-RestMethod -Method Post -Uri $tokenUrl -Headers @{ Authorization = \"Basic $basic\" } -Body @{ grant_type = 'client_credentials' }).access_token; " +
            "$headers = @{ Authorization = \"Bearer $token\"; 'Enode-Version' = '2024-10-01' }; ";

        [Fact]
        public void All_gives_what_Invoke_RestMethod_gives_for_the_same_page_property_by_property_dates_kept_as_text()
        {
            using var session = new PowerShellSession(new EmulatorOptions { VehicleCount = 30 });
            var variables = new { clientId = session.Emulator.ClientId, secret = session.Emulator.RevealClientSecret(), tokenUrl = session.Loopback.TokenUrl, page = new System.Uri(session.Loopback.ApiUrl, "vehicles?pageSize=30") };

            var expected = session.Run(InvokeRestMethod + "(Invoke-RestMethod -Uri $page -Headers $headers).data", variables).AssertSucceeded().Output;
            var actual = session.Run("Invoke-EnodeRequest -Path /vehicles -Query @{ pageSize = 10 } -All").AssertSucceeded().Output;

            Assert.Equal(30, expected.Count);
            Assert.Equal(expected.Count, actual.Count);
            var leaves = new List<object?>();
            for (var i = 0; i < expected.Count; i++) AssertLikeInvokeRestMethod(expected[i], actual[i], $"item {i}", leaves);
            Assert.Contains(leaves, v => v is double);
            Assert.Contains(leaves, v => v is long);
            Assert.Contains(leaves, v => v is string text && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _));
        }

        [Fact]
        public void A_single_answer_gives_what_Invoke_RestMethod_gives_property_by_property()
        {
            using var session = new PowerShellSession();
            var id = session.Emulator.State.Vehicles.All[0].Id;
            var variables = new { id, clientId = session.Emulator.ClientId, secret = session.Emulator.RevealClientSecret(), tokenUrl = session.Loopback.TokenUrl, vehicle = new System.Uri(session.Loopback.ApiUrl, "vehicles/" + id) };

            var expected = session.Run(InvokeRestMethod + "Invoke-RestMethod -Uri $vehicle -Headers $headers", variables).AssertSucceeded().Output.Single();
            var actual = session.Run("Invoke-EnodeRequest -Path \"/vehicles/$id\"", variables).AssertSucceeded().Output.Single();

            AssertLikeInvokeRestMethod(expected, actual, "vehicle", new List<object?>());
        }

        /// <summary>Same names in the same order, same values of the same types; where Invoke-RestMethod made a DateTime of a text, the text.</summary>
        private static void AssertLikeInvokeRestMethod(object? expected, object? actual, string where, List<object?> leaves)
        {
            if (expected is PSObject wrapped && !(wrapped.BaseObject is PSCustomObject)) expected = wrapped.BaseObject;
            if (actual is PSObject actualWrapped && !(actualWrapped.BaseObject is PSCustomObject)) actual = actualWrapped.BaseObject;
            if (expected is PSObject expectedObject)
            {
                var actualObject = Assert.IsType<PSObject>(actual);
                Assert.IsType<PSCustomObject>(actualObject.BaseObject);
                Assert.Equal(expectedObject.TypeNames, actualObject.TypeNames);
                var names = expectedObject.Properties.Select(p => p.Name).ToList();
                Assert.Equal(names, actualObject.Properties.Select(p => p.Name).ToList());
                Assert.All(actualObject.Properties, p => Assert.IsType<PSNoteProperty>(p));
                foreach (var name in names) AssertLikeInvokeRestMethod(expectedObject.Properties[name].Value, actualObject.Properties[name].Value, where + "." + name, leaves);
                return;
            }
            if (expected is object?[] expectedItems)
            {
                var actualItems = Assert.IsType<object[]>(actual);
                Assert.Equal(expectedItems.Length, actualItems.Length);
                for (var i = 0; i < expectedItems.Length; i++) AssertLikeInvokeRestMethod(expectedItems[i], actualItems[i], $"{where}[{i}]", leaves);
                return;
            }
            leaves.Add(actual);
            if (expected is DateTime date)
            {
                var text = Assert.IsType<string>(actual);
                Assert.True(DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed), $"{where}: '{text}' is not a date");
                Assert.Equal(date.ToUniversalTime(), parsed.ToUniversalTime());
                return;
            }
            Assert.True(expected?.GetType() == actual?.GetType(), $"{where}: {expected?.GetType()} expected, {actual?.GetType()} found");
            Assert.Equal(expected, actual);
        }

        private static void AssertSameShape(object? expected, object? actual, string where)
        {
            if (expected is PSObject expectedObject && expectedObject.BaseObject is PSCustomObject)
            {
                var actualObject = Assert.IsType<PSObject>(actual);
                Assert.IsType<PSCustomObject>(actualObject.BaseObject);
                var names = expectedObject.Properties.Select(p => p.Name).ToList();
                Assert.Equal(names, actualObject.Properties.Select(p => p.Name).ToList());
                foreach (var name in names) AssertSameShape(expectedObject.Properties[name].Value, actualObject.Properties[name].Value, where + "." + name);
                return;
            }
            if (expected is object?[] expectedItems)
            {
                var actualItems = Assert.IsType<object[]>(actual);
                Assert.Equal(expectedItems.Length, actualItems.Length);
                for (var i = 0; i < expectedItems.Length; i++) AssertSameShape(expectedItems[i], actualItems[i], $"{where}[{i}]");
                return;
            }
            Assert.True(expected?.GetType() == actual?.GetType(), $"{where}: {expected?.GetType()} expected, {actual?.GetType()} found");
        }

        private static IEnumerable<object?> Leaves(object? value)
        {
            if (value is PSObject record && record.BaseObject is PSCustomObject)
                return record.Properties.SelectMany(p => Leaves(p.Value));
            if (value is object?[] items) return items.SelectMany(Leaves);
            return new[] { value };
        }

        [Fact]
        public void A_problem_answer_is_an_error_record_with_the_problem()
        {
            using var session = new PowerShellSession();

            var result = session.Run("Invoke-EnodeRequest -Path /vehicles -Query @{ before = 'a'; after = 'b' }");

            var error = Assert.Single(result.AllErrors);
            Assert.Equal("EnodeBadRequest" + InvokeId, error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        }

        [Fact]
        public void A_hashtable_body_is_sent_as_json_and_whatif_or_a_declined_confirmation_sends_nothing()
        {
            using var session = new PowerShellSession();
            var before = session.Emulator.RequestCount;

            session.Invoke("Invoke-EnodeRequest -Method POST -Path /vehicles -Body @{ a = 1 } -WhatIf");
            session.Host.Answer = PromptAnswer.No;
            var declined = session.Run("Invoke-EnodeRequest -Method POST -Path /vehicles -Body @{ a = 1 } -Confirm");
            Assert.Equal(before, session.Emulator.RequestCount);
            Assert.Contains("/vehicles", Assert.Single(declined.Prompts));

            var result = session.Run("Invoke-EnodeRequest -Method POST -Path /vehicles -Body @{ a = 1.5; b = @('x') }");
            var sent = session.Emulator.Journal.Snapshot().Last();
            Assert.Equal("POST", sent.Method);
            Assert.Contains("\"a\":1.5", sent.Body);
            Assert.Contains("\"b\":[\"x\"]", sent.Body);
            Assert.Equal(405, sent.Status);
            Assert.Equal("EnodeMethodNotAllowed" + InvokeId, Assert.Single(result.AllErrors).FullyQualifiedErrorId);
        }
    }
}
