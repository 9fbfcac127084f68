using System;

namespace EnodePS.Emulator.State
{
    /// <summary>A link cannot be completed; carries the problem the emulator's HTTP route answers with.</summary>
    public sealed class EmulatorLinkException : InvalidOperationException
    {
        public EmulatorLinkException(int status, string slug, string title, string message) : base(message)
        {
            Status = status;
            Slug = slug;
            Title = title;
        }

        public int Status { get; }
        public string Slug { get; }
        public string Title { get; }
    }
}
