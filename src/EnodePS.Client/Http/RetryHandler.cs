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
        private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
        private readonly RetryOptions _options;

        public RetryHandler(RetryOptions options, RetryStatistics statistics, IEnodeLog? fallbackLog, TimeProvider time)
        {
            _options = options;
            _pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
                .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
                {
                    MaxRetryAttempts = Math.Max(1, options.MaxRetries),
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = options.BaseDelay,
                    MaxDelay = options.MaxDelay,
                    ShouldHandle = args => new ValueTask<bool>(options.MaxRetries > 0 && ShouldRetry(args.Outcome, args.Context)),
                    DelayGenerator = args => new ValueTask<TimeSpan?>(
                        args.Outcome.Result is { } response ? RetryAfter.From(response, time.GetUtcNow()) : null),
                    OnRetry = args =>
                    {
                        statistics.Record(args.RetryDelay);
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

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var context = ResilienceContextPool.Shared.Get(cancellationToken);
            context.Properties.Set(MethodKey, request.Method.Method);
            context.Properties.Set(NoStatusRetryKey, request.Properties.ContainsKey(NoStatusRetryProperty));
            try
            {
                var outcome = await _pipeline.ExecuteOutcomeAsync(async (ctx, state) =>
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

                if (outcome.Exception is TimeoutRejectedException timeout)
                    throw new TimeoutException($"{request.Method} {request.RequestUri?.AbsolutePath} did not answer within {_options.AttemptTimeout.TotalSeconds:0.#} s.", timeout);
                outcome.ThrowIfException();
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
                await response.Content.LoadIntoBufferAsync().ConfigureAwait(false);
                return response;
            }
            catch
            {
                response.Dispose();
                throw;
            }
        }

        private bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context)
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
            if (retryAfter.HasValue && retryAfter.Value > _options.MaxRetryAfter) return false;
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
