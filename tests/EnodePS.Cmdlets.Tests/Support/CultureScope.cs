using System;
using System.Globalization;

namespace EnodePS.Cmdlets.Tests.Support
{
    /// <summary>Runs a test under another culture (de-DE writes 0.25 as "0,25"), restoring the previous one after.</summary>
    public sealed class CultureScope : IDisposable
    {
        private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
        private readonly CultureInfo _ui = CultureInfo.CurrentUICulture;

        public CultureScope(string name)
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);
        }

        public void Dispose()
        {
            CultureInfo.CurrentCulture = _culture;
            CultureInfo.CurrentUICulture = _ui;
        }
    }
}
