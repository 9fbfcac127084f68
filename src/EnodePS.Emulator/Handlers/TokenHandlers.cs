using System;
using System.Text;
using System.Text.Json.Nodes;
using EnodePS.Emulator.Auth;
using EnodePS.Emulator.Routing;

namespace EnodePS.Emulator.Handlers
{
    /// <summary>POST /oauth2/token: the client-credentials grant, with the client's id and secret in HTTP Basic.</summary>
    public static class TokenHandlers
    {
        public const string TokenPath = "/oauth2/token";

        public static void Register(Router router, TokenIssuer issuer)
        {
            router.Map("POST", TokenPath, context => IssueToken(context, issuer));
        }

        private static EmulatorResponse IssueToken(RouteContext context, TokenIssuer issuer)
        {
            var form = EmulatorRequest.ParseQuery(Encoding.UTF8.GetString(context.Request.Body));
            if (!form.TryGetValue("grant_type", out var grant) || grant != "client_credentials")
                return Problems.BadRequest("grant_type must be client_credentials.");

            if (!TryReadBasic(context.Request.Header("Authorization"), out var clientId, out var secret)
                || !issuer.CredentialsMatch(clientId, secret))
                return Problems.Unauthorized("Invalid client credentials.");

            var (token, expiresIn) = issuer.Issue();
            return EmulatorResponse.Json(200, new JsonObject
            {
                ["access_token"] = token,
                ["expires_in"] = expiresIn,
                ["scope"] = "",
                ["token_type"] = "bearer",
            });
        }

        private static bool TryReadBasic(string? header, out string clientId, out string secret)
        {
            clientId = secret = "";
            if (header == null || !header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase)) return false;
            try
            {
                var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header.Substring(6).Trim()));
                var colon = decoded.IndexOf(':');
                if (colon < 0) return false;
                clientId = Uri.UnescapeDataString(decoded.Substring(0, colon));
                secret = Uri.UnescapeDataString(decoded.Substring(colon + 1));
                return true;
            }
            catch (FormatException)
            {
                return false;
            }
        }
    }
}
