using System;
using System.Globalization;

namespace EnodePS.Client
{
    /// <summary>
    /// The three request settings a user tunes (Set-EnodeRequestOption, or ENODE_* variables in runbooks): how often
    /// to retry, the longest wait before one retry, and the time allowed for one attempt. Unset values leave the
    /// lower layer's value alone, so layers stack: a connection's own, then the session's, then the environment's,
    /// then the defaults of <see cref="Client.RetryOptions"/>.
    /// </summary>
    public sealed class RequestOptions
    {
        public const string MaxRetriesVariable = "ENODE_MAX_RETRIES";
        public const string MaxRetryWaitVariable = "ENODE_MAX_RETRY_WAIT_SECONDS";
        public const string TimeoutVariable = "ENODE_TIMEOUT_SECONDS";

        public const int MaxRetriesLimit = 20;
        public const double MaxSeconds = 3600;

        public int? MaxRetries { get; private set; }

        /// <summary>The longest wait before one retry, whether the client chose it (backoff) or the server did (Retry-After).</summary>
        public TimeSpan? MaxRetryWait { get; private set; }

        /// <summary>The time allowed for one attempt.</summary>
        public TimeSpan? Timeout { get; private set; }

        public bool IsEmpty => MaxRetries == null && MaxRetryWait == null && Timeout == null;

        /// <summary>Validates each value; a wrong one throws ArgumentException naming the parameter and what it accepts.</summary>
        public static RequestOptions Create(int? maxRetries, double? maxRetryWaitSeconds, double? timeoutSeconds,
            string maxRetriesName = "MaxRetries", string maxRetryWaitName = "MaxRetryWaitSeconds", string timeoutName = "TimeoutSeconds")
        {
            if (maxRetries is int retries && (retries < 0 || retries > MaxRetriesLimit))
                throw new ArgumentException($"Cannot use '{retries}' for {maxRetriesName}: a whole number from 0 (no retries) to {MaxRetriesLimit}.", maxRetriesName);
            return new RequestOptions
            {
                MaxRetries = maxRetries,
                MaxRetryWait = Seconds(maxRetryWaitSeconds, maxRetryWaitName, allowZero: true),
                Timeout = Seconds(timeoutSeconds, timeoutName, allowZero: false),
            };
        }

        /// <summary>Reads ENODE_MAX_RETRIES, ENODE_MAX_RETRY_WAIT_SECONDS and ENODE_TIMEOUT_SECONDS; unset or empty ones stay unset.</summary>
        public static RequestOptions FromEnvironment(Func<string, string?> read)
        {
            return Create(
                Parse(read(MaxRetriesVariable), MaxRetriesVariable, "a whole number from 0 to " + MaxRetriesLimit, s => int.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture)),
                Parse(read(MaxRetryWaitVariable), MaxRetryWaitVariable, "a number of seconds", ParseDouble),
                Parse(read(TimeoutVariable), TimeoutVariable, "a number of seconds", ParseDouble),
                MaxRetriesVariable, MaxRetryWaitVariable, TimeoutVariable);
        }

        /// <summary>These values where set, the other layer's where not.</summary>
        public RequestOptions Over(RequestOptions lower) => new RequestOptions
        {
            MaxRetries = MaxRetries ?? lower.MaxRetries,
            MaxRetryWait = MaxRetryWait ?? lower.MaxRetryWait,
            Timeout = Timeout ?? lower.Timeout,
        };

        /// <summary>A copy of the retry options with these values applied.</summary>
        public RetryOptions ApplyTo(RetryOptions options)
        {
            var result = options.Clone();
            if (MaxRetries is int retries) result.MaxRetries = retries;
            if (MaxRetryWait is TimeSpan wait)
            {
                result.MaxDelay = wait;
                result.MaxRetryAfter = wait;
                if (result.BaseDelay > wait) result.BaseDelay = wait;
            }
            if (Timeout is TimeSpan timeout) result.AttemptTimeout = timeout;
            return result;
        }

        private static TimeSpan? Seconds(double? seconds, string name, bool allowZero)
        {
            if (seconds == null) return null;
            var value = seconds.Value;
            if (double.IsNaN(value) || value < 0 || (!allowZero && value == 0) || value > MaxSeconds)
                throw new ArgumentException($"Cannot use '{value.ToString(CultureInfo.InvariantCulture)}' for {name}: seconds, {(allowZero ? "from 0" : "more than 0")} up to {MaxSeconds.ToString(CultureInfo.InvariantCulture)}.", name);
            return TimeSpan.FromSeconds(value);
        }

        private static double ParseDouble(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

        private static T? Parse<T>(string? text, string variable, string allowed, Func<string, T> parse) where T : struct
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            try { return parse(text!.Trim()); }
            catch (Exception ex) when (ex is FormatException || ex is OverflowException)
            {
                throw new ArgumentException($"Cannot use '{text}' for the {variable} environment variable: {allowed}.", variable, ex);
            }
        }
    }
}
