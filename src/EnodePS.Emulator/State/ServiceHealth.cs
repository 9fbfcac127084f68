using System;
using System.Collections.Generic;

namespace EnodePS.Emulator.State
{
    /// <summary>
    /// What the health endpoints report: whether the service is ready, and each vendor's status and linking status
    /// (READY, ELEVATED_ERROR_RATE or OUTAGE). Everything is READY until a test or a user says otherwise.
    /// </summary>
    public sealed class ServiceHealth
    {
        public const string Ready = "READY";
        public const string ElevatedErrorRate = "ELEVATED_ERROR_RATE";
        public const string Outage = "OUTAGE";

        private readonly object _gate = new object();
        private readonly Dictionary<string, (string Status, string LinkingStatus)> _vendors =
            new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        private volatile bool _isReady = true;

        /// <summary>False makes GET /health/ready answer 503.</summary>
        public bool IsReady
        {
            get => _isReady;
            set => _isReady = value;
        }

        public void SetVendorStatus(string vendor, string status, string? linkingStatus = null)
        {
            Check(status, nameof(status));
            if (linkingStatus != null) Check(linkingStatus, nameof(linkingStatus));
            lock (_gate) _vendors[vendor] = (status, linkingStatus ?? status);
        }

        public (string Status, string LinkingStatus) StatusOf(string vendor)
        {
            lock (_gate) return _vendors.TryGetValue(vendor, out var s) ? s : (Ready, Ready);
        }

        private static void Check(string value, string name)
        {
            if (value != Ready && value != ElevatedErrorRate && value != Outage)
                throw new ArgumentException($"'{value}' is not a vendor status: use READY, ELEVATED_ERROR_RATE or OUTAGE.", name);
        }
    }
}
