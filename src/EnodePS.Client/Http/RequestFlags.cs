using System.Net.Http;

namespace EnodePS.Client.Http
{
    /// <summary>
    /// Marks a request for the handlers of the pipeline: HttpRequestMessage.Options on .NET 8, Properties (its only
    /// form there) on .NET Standard 2.0.
    /// </summary>
    internal static class RequestFlags
    {
        public static void Set(HttpRequestMessage request, string flag)
        {
#if NET8_0_OR_GREATER
            request.Options.Set(new HttpRequestOptionsKey<bool>(flag), true);
#else
            request.Properties[flag] = true;
#endif
        }

        public static void SetText(HttpRequestMessage request, string key, string text)
        {
#if NET8_0_OR_GREATER
            request.Options.Set(new HttpRequestOptionsKey<string>(key), text);
#else
            request.Properties[key] = text;
#endif
        }

        public static string? Text(HttpRequestMessage? request, string key)
        {
            if (request == null) return null;
#if NET8_0_OR_GREATER
            return request.Options.TryGetValue(new HttpRequestOptionsKey<string>(key), out var value) ? value : null;
#else
            return request.Properties.TryGetValue(key, out var value) ? value as string : null;
#endif
        }

        public static bool IsSet(HttpRequestMessage request, string flag)
        {
#if NET8_0_OR_GREATER
            return request.Options.TryGetValue(new HttpRequestOptionsKey<bool>(flag), out var value) && value;
#else
            return request.Properties.TryGetValue(flag, out var value) && value is bool b && b;
#endif
        }
    }
}
