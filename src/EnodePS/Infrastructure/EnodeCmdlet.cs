using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client;
using EnodePS.Client.Validation;
using EnodePS.Client.Logging;
using EnodePS.Connections;

namespace EnodePS.Infrastructure
{
    /// <summary>
    /// What every EnodePS cmdlet shares: cancellation on Ctrl+C, the pump that keeps writes on the pipeline thread,
    /// and the mapping of client exceptions to ErrorRecords.
    /// Derived cmdlets implement <see cref="Begin"/>, <see cref="Process"/> and <see cref="End"/>.
    /// </summary>
    public abstract class EnodeCmdlet : PSCmdlet
    {
        private static readonly object NoRunspace = new object();
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
        private PipelineThreadPump? _pump;
        private bool _terminating;

        protected CancellationToken StopToken => _stopping.Token;

        internal PipelineThreadPump Pump => _pump ??= new PipelineThreadPump();

        /// <summary>Identifies the PowerShell session (runspace): connections are kept per session.</summary>
        internal static object SessionKey => (object?)Runspace.DefaultRunspace ?? NoRunspace;

        /// <summary>True when debug output is wanted, so that costly debug text (bodies) is built only then.</summary>
        protected bool IsDebugEnabled
        {
            get
            {
                if (MyInvocation.BoundParameters.TryGetValue("Debug", out var debug))
                    return debug is SwitchParameter s ? s.IsPresent : LanguagePrimitives.IsTrue(debug);
                return GetVariableValue("DebugPreference") is ActionPreference p && p != ActionPreference.SilentlyContinue;
            }
        }

        /// <summary>A switch that sets something on or off: null when not given, else its value (-Enabled, -Enabled:$false).</summary>
        protected bool? SwitchChange(string name)
        {
            if (!MyInvocation.BoundParameters.TryGetValue(name, out var value)) return null;
            return value is SwitchParameter s ? s.IsPresent : LanguagePrimitives.IsTrue(value);
        }

        /// <summary>The -First and -Skip given to a SupportsPaging cmdlet.</summary>
        protected PagingRequest Paging
        {
            get
            {
                var paging = PagingParameters;
                if (paging == null) return PagingRequest.All;
                long? first = paging.First == ulong.MaxValue ? (long?)null : (long)Math.Min(paging.First, long.MaxValue);
                return new PagingRequest(first, (long)Math.Min(paging.Skip, long.MaxValue));
            }
        }

        protected sealed override void BeginProcessing() => Guard(Begin);
        protected sealed override void ProcessRecord() => Guard(Process);
        protected sealed override void EndProcessing() => Guard(End);
        protected sealed override void StopProcessing() => _stopping.Cancel();

        protected virtual void Begin() { }
        protected virtual void Process() { }
        protected virtual void End() { }

        // ---- helpers for derived cmdlets ----

        protected void Output(object? value)
        {
            // First: the next cmdlet of the pipeline runs inside WriteObject and asks which connection the object came
            // from, and a downstream Select-Object -First that has what it wants stops the pipeline there.
            OnOutput(value);
            WriteObject(PowerShellValues.ToOutput(value));
        }

        /// <summary>
        /// Writes a verbose line. Under -Debug without -Verbose, PowerShell 7 gives a compiled cmdlet an Inquire verbose
        /// preference: every verbose line would ask to continue, which fails in pwsh -NonInteractive and hangs a CI step
        /// with stdin open. Script functions given -Debug don't ask; so that ours don't either, the line goes to the
        /// debug stream then.
        /// </summary>
        internal void Verbose(string message)
        {
            var bound = MyInvocation.BoundParameters;
            if (bound.ContainsKey("Debug") && !bound.ContainsKey("Verbose") && IsDebugEnabled) WriteDebug(message);
            else WriteVerbose(message);
        }

        /// <summary>Called for each object just before it is written: the connected base remembers its connection and ids for completion.</summary>
        private protected virtual void OnOutput(object? value) { }

        /// <summary>PSCmdlet's ShouldProcess; a confirmation a non-interactive session cannot ask for is a clear error.</summary>
        protected new bool ShouldProcess(string target, string action) => Confirming(() => base.ShouldProcess(target, action));

        protected new bool ShouldProcess(string target) => Confirming(() => base.ShouldProcess(target));

        /// <summary>PSCmdlet's ShouldContinue; a confirmation a non-interactive session cannot ask for is a clear error.</summary>
        protected new bool ShouldContinue(string query, string caption) => Confirming(() => base.ShouldContinue(query, caption));

        /// <summary>
        /// -Force means no prompt (the Az convention): with it, and without an explicit -Confirm or -WhatIf, the
        /// action goes ahead; otherwise ShouldProcess decides as usual.
        /// </summary>
        protected bool ShouldProcessUnlessForced(bool force, string target, string action)
        {
            var bound = MyInvocation.BoundParameters;
            var whatIf = bound.ContainsKey("WhatIf") || LanguagePrimitives.IsTrue(GetVariableValue("WhatIfPreference"));
            if (force && !whatIf && !bound.ContainsKey("Confirm")) return true;
            return ShouldProcess(target, action);
        }

        private bool Confirming(Func<bool> ask)
        {
            try
            {
                return ask();
            }
            catch (Exception ex) when (IsReportable(ex) && (ex is PSInvalidOperationException || ex is System.Management.Automation.Host.HostException))
            {
                var force = MyInvocation.MyCommand is CmdletInfo info && info.Parameters.ContainsKey("Force") ? " or -Force" : "";
                Terminate(ErrorMapper.Record(
                    new InvalidOperationException($"{MyInvocation.MyCommand.Name} needs confirmation, but this session cannot prompt ({ex.Message}) "
                        + $"Pass -Confirm:$false{force} to go ahead without a prompt, or -WhatIf to see what it would do.", ex),
                    "EnodeConfirmationRequired", ErrorCategory.PermissionDenied, null, $"Pass -Confirm:$false{force}."));
                return false;
            }
        }

        /// <summary>Reports an error for one item and lets the pipeline go on.</summary>
        protected void NonTerminating(Exception exception, object? target) => WriteError(ErrorMapper.FromException(exception, target));

        /// <summary>Stops the cmdlet with an error. Never returns.</summary>
        protected void Terminate(ErrorRecord error)
        {
            _terminating = true;
            ThrowTerminatingError(error);
        }

        /// <summary>Stops the cmdlet: a parameter's value is wrong, with what the client's check said is allowed.</summary>
        protected void InvalidParameter(string parameter, object? value, ArgumentException error) =>
            InvalidParameter(parameter, value, error is EnodeValidationException invalid ? invalid.Allowed : Client.Errors.ArgumentMessages.WithoutParameterName(error));

        /// <summary>Stops the cmdlet: a parameter's value is wrong. Names the parameter and what it accepts.</summary>
        protected void InvalidParameter(string parameter, object? value, string allowed) =>
            Terminate(ErrorMapper.Record(new EnodeValidationException(parameter, value, allowed, "-", null),
                "EnodeInvalidParameter", ErrorCategory.InvalidArgument, value));

        /// <summary>Runs client work while the pipeline thread relays its log; client exceptions propagate.</summary>
        protected T Call<T>(EnodeConnection connection, Func<EnodeClient, CancellationToken, Task<T>> work)
        {
            var log = CreateLog(connection);
            return Pump.Run(async () =>
            {
                using (EnodeLogScope.Begin(log))
                    return await work(connection.Client, StopToken).ConfigureAwait(false);
            });
        }

        /// <summary>Streams a client collection to the caller item by item, on the pipeline thread.</summary>
        protected IEnumerable<T> Stream<T>(EnodeConnection connection, Func<EnodeClient, CancellationToken, IAsyncEnumerable<T>> source)
        {
            var log = CreateLog(connection);
            return Pump.Stream(new LogScopedStream<T>(source(connection.Client, StopToken), log), StopToken);
        }

        private IEnodeLog CreateLog(EnodeConnection connection) =>
            new CmdletLog(this, Pump, IsDebugEnabled, connection.Client.Secrets);

        /// <summary>Runs one unit of work; a client failure is reported as a non-terminating error for that target.</summary>
        protected bool TryCall(object? target, Action action)
        {
            try
            {
                action();
                return true;
            }
            catch (Exception ex) when (IsReportable(ex))
            {
                NonTerminating(ex, target);
                return false;
            }
        }

        // Whatever PowerShell throws to stop a pipeline (or a terminating error already reported) passes through untouched.
        private protected bool IsReportable(Exception ex) => !_terminating &&
            !(ex is OperationCanceledException) && !(ex is PipelineStoppedException)
            && !(ex is PipelineClosedException) && !(ex is ActionPreferenceStopException);

        private void Guard(Action step)
        {
            try
            {
                step();
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
            catch (Exception ex) when (IsReportable(ex) && !(ex is ParameterBindingException))
            {
                Terminate(ErrorMapper.FromException(ex, null));
            }
        }
    }
}
