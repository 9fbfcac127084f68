using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace EnodePS.Client.Http
{
    /// <summary>
    /// Retries throttled and transiently failed requests with Polly: exponential backoff with jitter, honouring
    /// Retry-After. A request that changes state is retried only when the server says it did not process it.
    /// </summary>
    internal sealed class RetryHandler : DelegatingHandler
    {
        private readonly RetrySettings _settings;
        private readonly RetryStatistics _statistics;
        private readonly IEnodeLog? _fallbackLog;
        private readonly TimeProvider _time;
        private readonly object _gate = new object();
        private (int Version, RetryOptions Options, ResiliencePipeline<HttpResponseMessage> Pipeline)? _built;

        public RetryHandler(RetrySettings settings, RetryStatistics statistics, IEnodeLog? fallbackLog, TimeProvider time)
        {
            _settings = settings;
            _statistics = statistics;
            _fallbackLog = fallbackLog;
            _time = time;
        }

        /// <summary>The pipeline for the current options, rebuilt when Set-EnodeRequestOption (or a .NET caller) changed them.</summary>
        private (RetryOptions Options, ResiliencePipeline<HttpResponseMessage> Pipeline) Current()
        {
            lock (_gate)
            {
                var version = _settings.Version;
                if (_built == null || _built.Value.Version != version)
                {
                    var options = _settings.Current;
                    _built = (version, options, Build(options));
                }
                return (_built.Value.Options, _built.Value.Pipeline);
            }
        }

        private ResiliencePipeline<HttpResponseMessage> Build(RetryOptions options)
        {
            var statistics = _statistics;
            var fallbackLog = _fallbackLog;
            var time = _time;
            return new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
                .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
                {
                    MaxRetryAttempts = Math.Max(1, options.MaxRetries),
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = options.BaseDelay,
                    MaxDelay = options.MaxDelay,
                    ShouldHandle = args => new ValueTask<bool>(options.MaxRetries > 0 && ShouldRetry(options, args.Outcome, args.Context, fallbackLog)),
                    DelayGenerator = args => new ValueTask<TimeSpan?>(
                        args.Outcome.Result is { } response ? RetryAfter.From(response, time.GetUtcNow()) : null),
                    OnRetry = args =>
                    {
                        statistics.Record(args.RetryDelay);
                        if (args.Context.Properties.TryGetValue(TallyKey, out var tally))
                        {
                            tally.Retries++;
                            tally.Waited += args.RetryDelay;
                        }
                        var log = EnodeLogScope.Current ?? fallbackLog;
                        log?.Verbose($"Retry {args.AttemptNumber + 1} of {options.MaxRetries} in {args.RetryDelay.TotalSeconds:0.###} s after {Describe(args.Outcome)}.");
                        args.Outcome.Result?.Dispose();
                        return default;
                    },
                })
                .AddTimeout(options.AttemptTimeout)
                .Build();
        }

        private static readonly ResiliencePropertyKey<string> MethodKey = new ResiliencePropertyKey<string>("EnodePS.Method");

        /// <summary>A request property: when present, error statuses are answers, not reasons to retry.</summary>
        public const string NoStatusRetryProperty = "EnodePS.NoStatusRetry";
        private static readonly ResiliencePropertyKey<bool> NoStatusRetryKey = new ResiliencePropertyKey<bool>(NoStatusRetryProperty);

        /// <summary>A request property: why the retries ended, for the error (see <see cref="Errors.ProblemReader"/>).</summary>
        public const string RetryNoteProperty = "EnodePS.RetryNote";

        /// <summary>What the retries of one request came to.</summary>
        private sealed class RetryTally
        {
            public int Retries;
            public TimeSpan Waited;
            public TimeSpan? RetryAfterAboveCap;

            public string? Note(RetryOptions options)
            {
                if (RetryAfterAboveCap is { } asked)
                    return $"the server asked to retry after {asked.TotalSeconds:0.###} s, longer than the {options.MaxRetryAfter.TotalSeconds:0.###} s "
                        + "this connection waits (Set-EnodeRequestOption -MaxRetryWaitSeconds), so it was not retried"
                        + (Retries > 0 ? $" after {Retries + 1} attempts" : "");
                if (Retries == 0) return null;
                return $"gave up after {Retries + 1} attempts ({Retries} retries, {Waited.TotalSeconds:0.###} s of waiting)";
            }
        }

        private static readonly ResiliencePropertyKey<RetryTally> TallyKey = new ResiliencePropertyKey<RetryTally>("EnodePS.RetryTally");

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var (options, pipeline) = Current();
            var context = ResilienceContextPool.Shared.Get(cancellationToken);
            var tally = new RetryTally();
            context.Properties.Set(TallyKey, tally);
            context.Properties.Set(MethodKey, request.Method.Method);
            context.Properties.Set(NoStatusRetryKey, RequestFlags.IsSet(request, NoStatusRetryProperty));
            try
            {
                var outcome = await pipeline.ExecuteOutcomeAsync(async (ctx, state) =>
                {
                    try
                    {
                        var response = await state.Handler.SendOnceAsync(state.Request, ctx.CancellationToken).ConfigureAwait(false);
                        return Outcome.FromResult(response);
                    }
                    catch (Exception ex)
                    {
                        return Outcome.FromException<HttpResponseMessage>(ex);
                    }
                }, context, (Handler: this, Request: request)).ConfigureAwait(false);

                var note = tally.Note(options);
                var suffix = note == null ? "" : " (" + note + ")";
                if (outcome.Exception is TimeoutRejectedException timeout)
                    throw new TimeoutException($"{request.Method} {request.RequestUri?.AbsolutePath} did not answer within {options.AttemptTimeout.TotalSeconds:0.#} s{suffix}.", timeout);
                if (note != null && outcome.Exception is HttpRequestException http) throw new HttpRequestException(http.Message + suffix, http);
                if (note != null && outcome.Exception is IOException io) throw new IOException(io.Message + suffix, io);
                outcome.ThrowIfException();
                if (note != null && !outcome.Result!.IsSuccessStatusCode)
                {
                    RequestFlags.SetText(request, RetryNoteProperty, note);
                    outcome.Result.RequestMessage ??= request;
                }
                return outcome.Result!;
            }
            finally
            {
                ResilienceContextPool.Shared.Return(context);
            }
        }

        /// <summary>Sends one attempt and reads the whole body, so that a truncated body fails here, where it can be retried.</summary>
        private async Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            try
            {
                if (response.Content != null && !(response.Content is BufferedBodyContent))
                {
                    var received = response.Content;
                    var pooled = RequestFlags.IsSet(request, BufferedBodyContent.PooledProperty);
                    response.Content = await BufferedBodyContent.ReadAsync(received, pooled, cancellationToken).ConfigureAwait(false);
                    received.Dispose();
                }
                return response;
            }
            catch
            {
                response.Dispose();
                throw;
            }
        }

        private static bool ShouldRetry(RetryOptions options, Outcome<HttpResponseMessage> outcome, ResilienceContext context, IEnodeLog? fallbackLog)
        {
            if (context.CancellationToken.IsCancellationRequested) return false;
            var method = context.Properties.GetValue(MethodKey, "GET");
            var idempotent = method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE" || method == "OPTIONS";

            if (outcome.Exception != null)
                return idempotent && IsTransient(outcome.Exception);

            if (context.Properties.GetValue(NoStatusRetryKey, false)) return false;
            var response = outcome.Result!;
            var status = (int)response.StatusCode;
            var retryAfter = RetryAfter.From(response);
            if (retryAfter.HasValue && retryAfter.Value > options.MaxRetryAfter)
            {
                if (context.Properties.TryGetValue(TallyKey, out var tally)) tally.RetryAfterAboveCap = retryAfter;
                (EnodeLogScope.Current ?? fallbackLog)?.Verbose(
                    $"Not retrying {status}: the server asks to wait {retryAfter.Value.TotalSeconds:0.###} s, longer than the {options.MaxRetryAfter.TotalSeconds:0.###} s this connection waits (Set-EnodeRequestOption -MaxRetryWaitSeconds).");
                return false;
            }
            switch (status)
            {
                case 429:
                case 503:
                    return true; // the server says it did not process the request: safe for any method
                case 408:
                case 500:
                case 502:
                case 504:
                    return idempotent;
                default:
                    return false;
            }
        }

        private static bool IsTransient(Exception exception) =>
            exception is HttpRequestException || exception is IOException || exception is TimeoutRejectedException
            || exception is WebException;

        private static string Describe(Outcome<HttpResponseMessage> outcome) =>
            outcome.Result is { } r ? $"{(int)r.StatusCode} {r.ReasonPhrase}" : outcome.Exception?.GetType().Name ?? "a failure";
    }
}
