using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client;
using EnodePS.Client.Validation;
using EnodePS.Client.Logging;
using EnodePS.Connections;

namespace EnodePS.Infrastructure
{
    /// <summary>
    /// What every EnodePS cmdlet shares: -Connection, cancellation on Ctrl+C, the output seam, the pump that keeps
    /// writes on the pipeline thread, and the mapping of client exceptions to ErrorRecords.
    /// Derived cmdlets implement <see cref="Begin"/>, <see cref="Process"/> and <see cref="End"/>.
    /// </summary>
    public abstract class EnodeCmdlet : PSCmdlet
    {
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
        private ICmdletHost? _host;
        private PipelineThreadPump? _pump;
        private bool _terminating;

        /// <summary>The seam. Tests set it before running the cmdlet; PowerShell gets the default.</summary>
        internal ICmdletHost CmdletHost
        {
            get => _host ??= new PSCmdletHost(this);
            set => _host = value;
        }

        protected CancellationToken StopToken => _stopping.Token;

        private readonly HashSet<string> _presentSwitches = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        /// <summary>
        /// Switch parameters keep their state here, as a plain set of names. Outside PowerShell (in tests)
        /// SwitchParameter itself holds no state, so cmdlets read switches with <see cref="IsPresent"/>.
        /// </summary>
        protected SwitchParameter GetSwitch(string name) => new SwitchParameter(_presentSwitches.Contains(name));

        protected void SetSwitch(string name, SwitchParameter value)
        {
            if (value.IsPresent) _presentSwitches.Add(name);
            else _presentSwitches.Remove(name);
        }

        protected bool IsPresent(string switchName) => _presentSwitches.Contains(switchName);

        /// <summary>For tests: sets a switch as if it had been given on the command line.</summary>
        internal void SetSwitchPresent(string name, bool present = true)
        {
            if (present) _presentSwitches.Add(name);
            else _presentSwitches.Remove(name);
        }

        internal bool IsSwitchPresent(string name) => _presentSwitches.Contains(name);

        /// <summary>Set by tests, which have no PowerShell binder to choose the parameter set.</summary>
        internal string? ParameterSetOverride { get; set; }

        /// <summary>The parameter set PowerShell bound (or the one a test chose).</summary>
        protected string ParameterSet => ParameterSetOverride ?? ParameterSetName;

        protected PipelineThreadPump Pump => _pump ??= new PipelineThreadPump();

        // ---- PowerShell entry points: thin, so that tests drive the same code through the Invoke* methods ----

        protected sealed override void BeginProcessing() => InvokeBegin();
        protected sealed override void ProcessRecord() => InvokeProcess();
        protected sealed override void EndProcessing() => InvokeEnd();
        protected sealed override void StopProcessing() => InvokeStop();

        internal void InvokeBegin() => Guard(Begin);
        internal void InvokeProcess() => Guard(Process);
        internal void InvokeEnd() => Guard(End);
        internal void InvokeStop() => _stopping.Cancel();

        protected virtual void Begin() { }
        protected virtual void Process() { }
        protected virtual void End() { }

        // ---- helpers for derived cmdlets ----

        protected void Output(object? value)
        {
            CmdletHost.WriteObject(value);
            OnOutput(value);
        }

        /// <summary>Called after each object is written: the connected base remembers ids for completion.</summary>
        private protected virtual void OnOutput(object? value) { }

        protected void Verbose(string message) => CmdletHost.WriteVerbose(message);

        /// <summary>Reports an error for one item and lets the pipeline go on.</summary>
        protected void NonTerminating(Exception exception, object? target) =>
            CmdletHost.WriteError(ErrorMapper.FromException(exception, target));

        /// <summary>Stops the cmdlet with an error. Never returns.</summary>
        protected void Terminate(CmdletError error)
        {
            _terminating = true;
            CmdletHost.ThrowTerminatingError(error);
            throw new CmdletTerminatedException(error);
        }

        /// <summary>Stops the cmdlet: a parameter's value is wrong. Names the parameter and what it accepts.</summary>
        /// <summary>As above, with what the client's check said is allowed (without .NET's "(Parameter 'x')" suffix).</summary>
        protected void InvalidParameter(string parameter, object? value, ArgumentException error) =>
            InvalidParameter(parameter, value, error is EnodeValidationException invalid ? invalid.Allowed : Client.Errors.ArgumentMessages.WithoutParameterName(error));

        protected void InvalidParameter(string parameter, object? value, string allowed) =>
            Terminate(new CmdletError(new EnodeValidationException(parameter, value, allowed, "-", null),
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
            new CmdletLog(CmdletHost, Pump, CmdletHost.IsDebugEnabled, connection.Client.Secrets);

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
        private bool IsReportable(Exception ex) => !_terminating &&
            !(ex is OperationCanceledException) && !(ex is PipelineStoppedException) && !(ex is CmdletTerminatedException)
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
            catch (CmdletTerminatedException)
            {
                throw;
            }
            catch (Exception ex) when (!_terminating && IsReportable(ex) && !(ex is ParameterBindingException))
            {
                Terminate(ErrorMapper.FromException(ex, null));
            }
        }
    }
}
