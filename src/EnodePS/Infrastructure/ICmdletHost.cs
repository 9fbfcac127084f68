namespace EnodePS.Infrastructure
{
    /// <summary>
    /// The seam between a cmdlet and PowerShell. Every output, error, message, progress update and confirmation goes
    /// through it. <see cref="PSCmdletHost"/> forwards to the real PSCmdlet methods; tests plug in a recorder and run
    /// cmdlets in-process without PowerShell. All calls are made on the cmdlet's own pipeline thread.
    /// </summary>
    public interface ICmdletHost
    {
        /// <summary>Identifies the PowerShell session (runspace): connections are kept per session.</summary>
        object SessionKey { get; }

        /// <summary>True when debug output is wanted, so that costly debug text (bodies) is built only then.</summary>
        bool IsDebugEnabled { get; }

        /// <summary>The -First and -Skip given to a SupportsPaging cmdlet.</summary>
        PagingRequest Paging { get; }

        void WriteObject(object? value);
        void WriteError(CmdletError error);
        void WriteWarning(string message);
        void WriteVerbose(string message);
        void WriteDebug(string message);
        void WriteProgress(ProgressInfo progress);

        /// <summary>-WhatIf / -Confirm: false means do not make the change.</summary>
        bool ShouldProcess(string target, string action);

        /// <summary>Asks the user even without -Confirm (for -Force style prompts).</summary>
        bool ShouldContinue(string query, string caption);

        /// <summary>Reads an environment variable of the session's process.</summary>
        string? GetEnvironmentVariable(string name);

        /// <summary>Stops the cmdlet with an error; does not return.</summary>
        void ThrowTerminatingError(CmdletError error);
    }
}
