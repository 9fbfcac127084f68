using System;
using System.Collections;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using EnodePS.Emulator;
using EnodePS.Tests.Shared;

namespace EnodePS.PowerShell.Tests.Support
{
    /// <summary>
    /// A real PowerShell session for tests: a runspace hosted by Microsoft.PowerShell.SDK that has imported the built
    /// module (out/EnodePS/EnodePS.psd1) and, unless told otherwise, connected with Connect-Enode to an emulator on
    /// 127.0.0.1 that the test controls. Each <see cref="Run"/> is one script in that session; state (connections,
    /// variables) carries over between runs, as it does at a prompt.
    /// </summary>
    public sealed class PowerShellSession : IDisposable
    {
        private readonly LoopbackEmulator? _loopback;

        /// <summary>A session connected to a new loopback emulator (demo data unless options say otherwise).</summary>
        public PowerShellSession(EmulatorOptions? options = null)
            : this(new LoopbackEmulator(options ?? new EmulatorOptions { VehicleCount = 40, UserCount = 4 }), connect: true)
        {
        }

        private PowerShellSession(LoopbackEmulator? loopback, bool connect)
        {
            _loopback = loopback;
            var state = InitialSessionState.CreateDefault2();
            state.ImportPSModule(ModulePaths.Manifest);
            Host = new TestHost();
            Runspace = RunspaceFactory.CreateRunspace(Host, state);
            Runspace.ThreadOptions = PSThreadOptions.ReuseThread;
            Runspace.Open();
            if (connect && loopback != null) Connect();
        }

        /// <summary>A session with the module imported and nothing connected.</summary>
        public static PowerShellSession Unconnected() => new PowerShellSession(null, connect: false);

        /// <summary>A session with the module imported, an emulator running, and nothing connected.</summary>
        public static PowerShellSession WithEmulator(EmulatorOptions? options = null) =>
            new PowerShellSession(new LoopbackEmulator(options ?? new EmulatorOptions { VehicleCount = 40, UserCount = 4 }), connect: false);

        public Runspace Runspace { get; }
        public TestHost Host { get; }
        public LoopbackEmulator Loopback => _loopback ?? throw new InvalidOperationException("This session has no emulator.");
        public EnodeEmulator Emulator => Loopback.Emulator;

        /// <summary>Connect-Enode to this session's emulator with its client credentials (the current connection).</summary>
        public ScriptResult Connect(string extra = "") => Run(
            "Connect-Enode -ClientId $enodeClientId -ClientSecret (ConvertTo-SecureString $enodeClientSecret -AsPlainText -Force) " +
            "-ApiUrl $enodeApiUrl -TokenUrl $enodeTokenUrl " + extra,
            new { enodeClientId = Emulator.ClientId, enodeClientSecret = Emulator.RevealClientSecret(), enodeApiUrl = Loopback.ApiUrl, enodeTokenUrl = Loopback.TokenUrl })
            .AssertSucceeded();

        /// <summary>
        /// Runs a script in this session and returns what it wrote. <paramref name="variables"/> (an anonymous object or
        /// a dictionary) become PowerShell variables first: <c>Run("$v | Start-EnodeCharging", new { v = vehicles })</c>.
        /// </summary>
        public ScriptResult Run(string script, object? variables = null) => Run(script, variables, _ => { });

        /// <summary>
        /// As <see cref="Run(string, object?)"/>, letting the test watch the PowerShell object before it runs, e.g. act
        /// on each verbose record as it arrives (<c>shell.Streams.Verbose.DataAdded</c>, raised on the pipeline thread).
        /// </summary>
        public ScriptResult Run(string script, object? variables, Action<System.Management.Automation.PowerShell> watch)
        {
            SetVariables(variables);
            using var shell = System.Management.Automation.PowerShell.Create();
            shell.Runspace = Runspace;
            shell.AddScript(script);
            watch(shell);
            return Collect(shell, script, () => shell.Invoke());
        }

        /// <summary>Runs a script and fails the test if it wrote an error or prompted; returns its output objects.</summary>
        public object[] Invoke(string script, object? variables = null) => Run(script, variables).AssertSucceeded().Objects.ToArray();

        /// <summary>Starts a script without waiting, so that a test can stop it as Ctrl+C would.</summary>
        public RunningScript Start(string script, object? variables = null)
        {
            SetVariables(variables);
            var shell = System.Management.Automation.PowerShell.Create();
            shell.Runspace = Runspace;
            shell.AddScript(script);
            return new RunningScript(this, shell, script);
        }

        internal ScriptResult Collect(System.Management.Automation.PowerShell shell, string script, Func<System.Collections.ObjectModel.Collection<PSObject>> invoke)
        {
            var result = new ScriptResult(script);
            int promptsBefore, linesBefore;
            lock (Host.Prompts) promptsBefore = Host.Prompts.Count;
            lock (Host.Lines) linesBefore = Host.Lines.Count;
            try
            {
                result.Output.AddRange(invoke().Where(o => o != null));
            }
            catch (RuntimeException ex)
            {
                result.Terminating = ex.ErrorRecord;
                result.TerminatingException = ex;
            }
            result.Errors.AddRange(shell.Streams.Error);
            result.Warnings.AddRange(shell.Streams.Warning.Select(w => w.Message));
            result.Verbose.AddRange(shell.Streams.Verbose.Select(v => v.Message));
            result.Debug.AddRange(shell.Streams.Debug.Select(d => d.Message));
            result.Information.AddRange(shell.Streams.Information.Select(i => i.MessageData?.ToString() ?? ""));
            result.Progress.AddRange(shell.Streams.Progress);
            lock (Host.Prompts) result.Prompts.AddRange(Host.Prompts.Skip(promptsBefore));
            lock (Host.Lines) result.HostLines.AddRange(Host.Lines.Skip(linesBefore));
            return result;
        }

        private void SetVariables(object? variables)
        {
            if (variables == null) return;
            if (variables is IDictionary dictionary)
            {
                foreach (DictionaryEntry entry in dictionary) Runspace.SessionStateProxy.SetVariable((string)entry.Key, entry.Value);
                return;
            }
            foreach (var property in variables.GetType().GetProperties())
                Runspace.SessionStateProxy.SetVariable(property.Name, property.GetValue(variables));
        }

        public void Dispose()
        {
            try
            {
                Run("Get-EnodeConnection -All -ErrorAction SilentlyContinue | Disconnect-Enode -ErrorAction SilentlyContinue");
            }
            catch (Exception)
            {
                // the runspace may already be broken by the test; closing it is what matters
            }
            Runspace.Dispose();
            _loopback?.Dispose();
        }
    }
}
