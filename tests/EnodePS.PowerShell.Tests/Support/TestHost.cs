using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;

namespace EnodePS.PowerShell.Tests.Support
{
    /// <summary>How the host answers a confirmation prompt (ShouldProcess with -Confirm, ShouldContinue).</summary>
    public enum PromptAnswer
    {
        /// <summary>Like <c>pwsh -NonInteractive</c>: a prompt fails. The default, so that an unexpected prompt fails the test.</summary>
        Refuse,
        Yes,
        YesToAll,
        No,
        NoToAll,
    }

    /// <summary>
    /// The PowerShell host of a test runspace: answers prompts as the test says and records each one, and otherwise
    /// behaves like a console that nobody is typing into.
    /// </summary>
    public sealed class TestHost : PSHost
    {
        private readonly TestHostUserInterface _ui;

        public TestHost() { _ui = new TestHostUserInterface(this); }

        public PromptAnswer Answer { get; set; } = PromptAnswer.Refuse;

        /// <summary>Every prompt shown, as "caption: message".</summary>
        public List<string> Prompts { get; } = new List<string>();

        /// <summary>Everything written to the console (Write-Host text, and -WhatIf's "What if: ..." lines).</summary>
        public List<string> Lines { get; } = new List<string>();

        public override string Name => "EnodePS.TestHost";
        public override Version Version { get; } = new Version(1, 0);
        public override Guid InstanceId { get; } = Guid.NewGuid();
        public override PSHostUserInterface UI => _ui;
        public override CultureInfo CurrentCulture => CultureInfo.CurrentCulture;
        public override CultureInfo CurrentUICulture => CultureInfo.CurrentUICulture;
        public override void EnterNestedPrompt() => throw new NotSupportedException("No nested prompts in tests.");
        public override void ExitNestedPrompt() => throw new NotSupportedException("No nested prompts in tests.");
        public override void NotifyBeginApplication() { }
        public override void NotifyEndApplication() { }
        public override void SetShouldExit(int exitCode) { }

        private sealed class TestHostUserInterface : PSHostUserInterface
        {
            private readonly TestHost _host;
            private readonly TestRawUserInterface _raw = new TestRawUserInterface();

            public TestHostUserInterface(TestHost host) { _host = host; }

            public override PSHostRawUserInterface RawUI => _raw;

            public override int PromptForChoice(string caption, string message, Collection<ChoiceDescription> choices, int defaultChoice)
            {
                if (_host.Answer == PromptAnswer.Refuse) throw Refused(caption, message);
                lock (_host.Prompts) _host.Prompts.Add(caption + ": " + message);
                var wanted = _host.Answer switch
                {
                    PromptAnswer.Yes => "&Yes",
                    PromptAnswer.YesToAll => "Yes to &All",
                    PromptAnswer.No => "&No",
                    _ => "No to A&ll",
                };
                for (var i = 0; i < choices.Count; i++)
                    if (string.Equals(choices[i].Label, wanted, StringComparison.OrdinalIgnoreCase)) return i;
                // ShouldContinue offers only Yes and No.
                var fallback = _host.Answer == PromptAnswer.YesToAll ? "&Yes" : _host.Answer == PromptAnswer.NoToAll ? "&No" : null;
                for (var i = 0; fallback != null && i < choices.Count; i++)
                    if (string.Equals(choices[i].Label, fallback, StringComparison.OrdinalIgnoreCase)) return i;
                throw new InvalidOperationException($"The prompt '{caption}' offers no choice '{wanted}'.");
            }

            public override Dictionary<string, PSObject> Prompt(string caption, string message, Collection<FieldDescription> descriptions) =>
                throw Refused(caption, message);

            public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName) =>
                throw Refused(caption, message);

            public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName,
                PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options) => throw Refused(caption, message);

            public override string ReadLine() => throw Refused("ReadLine", "");
            public override SecureString ReadLineAsSecureString() => throw Refused("ReadLine", "");

            private Exception Refused(string caption, string message)
            {
                lock (_host.Prompts) _host.Prompts.Add(caption + ": " + message);
                return new PSInvalidOperationException($"The test host refused to prompt ({caption}: {message}).");
            }

            public override void Write(string value) => Record(value);
            public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) => Record(value);
            public override void WriteLine(string value) => Record(value);

            private void Record(string value)
            {
                lock (_host.Lines) _host.Lines.Add(value);
            }
            public override void WriteErrorLine(string value) { }
            public override void WriteDebugLine(string message) { }
            public override void WriteVerboseLine(string message) { }
            public override void WriteWarningLine(string message) { }
            public override void WriteProgress(long sourceId, ProgressRecord record) { }
        }

        private sealed class TestRawUserInterface : PSHostRawUserInterface
        {
            public override ConsoleColor BackgroundColor { get; set; } = ConsoleColor.Black;
            public override ConsoleColor ForegroundColor { get; set; } = ConsoleColor.Gray;
            public override Size BufferSize { get; set; } = new Size(120, 300);
            public override Coordinates CursorPosition { get; set; }
            public override int CursorSize { get; set; }
            public override bool KeyAvailable => false;
            public override Size MaxPhysicalWindowSize => new Size(120, 50);
            public override Size MaxWindowSize => new Size(120, 50);
            public override Coordinates WindowPosition { get; set; }
            public override Size WindowSize { get; set; } = new Size(120, 50);
            public override string WindowTitle { get; set; } = "";
            public override void FlushInputBuffer() { }
            public override BufferCell[,] GetBufferContents(Rectangle rectangle) => new BufferCell[0, 0];
            public override KeyInfo ReadKey(ReadKeyOptions options) => throw new PSInvalidOperationException("The test host has no keyboard.");
            public override void ScrollBufferContents(Rectangle source, Coordinates destination, Rectangle clip, BufferCell fill) { }
            public override void SetBufferContents(Coordinates origin, BufferCell[,] contents) { }
            public override void SetBufferContents(Rectangle rectangle, BufferCell fill) { }
        }
    }
}
