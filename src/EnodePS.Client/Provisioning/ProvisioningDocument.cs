using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using EnodePS.Client.Errors;
using EnodePS.Client.Json;
using EnodePS.Client.Tariffs;
using EnodePS.Client.Webhooks;

namespace EnodePS.Client.Provisioning
{
    /// <summary>
    /// The desired state a provisioning file declares: webhooks, tariffs and location tariff schedules. Reading it
    /// checks everything that can be checked without the API, so that a bad file fails before any request.
    /// </summary>
    public sealed class ProvisioningDocument
    {
        public string Source { get; private set; } = "";
        public List<DesiredWebhook> Webhooks { get; } = new List<DesiredWebhook>();
        public List<DesiredTariff> Tariffs { get; } = new List<DesiredTariff>();
        public List<DesiredLocationTariff> LocationTariffs { get; } = new List<DesiredLocationTariff>();

        private static readonly Regex ApiVersionPattern = new Regex(@"\A\d{4}-\d{2}-\d{2}\z");

        /// <summary>
        /// Reads the plain values of a data file (records, lists, strings, numbers, as the module reads .psd1 and .json
        /// files); <paramref name="source"/> names the file in errors.
        /// </summary>
        public static ProvisioningDocument FromPlain(object? root, string source)
        {
            var document = new ProvisioningDocument { Source = source };
            try
            {
                if (!PlainFields.IsRecord(root)) throw new ArgumentException("the file must hold one hashtable (PSD1) or object (JSON) with webhooks, tariffs and locationTariffs.");
                PlainFields.RejectUnknown(root!, "the file", "webhooks", "tariffs", "locationTariffs");
                var index = 0;
                foreach (var item in List(root!, "webhooks")) document.Webhooks.Add(ReadWebhook(item, $"webhooks[{index++}]"));
                index = 0;
                foreach (var item in List(root!, "tariffs")) document.Tariffs.Add(ReadTariff(item, $"tariffs[{index++}]"));
                index = 0;
                foreach (var item in List(root!, "locationTariffs")) document.LocationTariffs.Add(ReadLocationTariff(item, $"locationTariffs[{index++}]", document));
                Unique(document.Webhooks, w => w.Url, w => w.Path, "url");
                Unique(document.Tariffs, t => t.Id, t => t.Path, "id");
                Unique(document.LocationTariffs, l => l.LocationId, l => l.Path, "locationId");
            }
            catch (ArgumentException ex)
            {
                throw new ProvisioningFileException($"{source}: {ArgumentMessages.WithoutParameterName(ex)}", ex);
            }
            return document;
        }

        private static IEnumerable<object?> List(object root, string key) =>
            PlainFields.TryGet(root, key, out var value) && value != null ? PlainFields.Items(value) : Enumerable.Empty<object?>();

        private static DesiredWebhook ReadWebhook(object? item, string path)
        {
            var record = Record(item, path, "url", "events", "secret", "apiVersion", "authentication");
            var url = Required(record, "url", path);
            Wrap(path + ".url", () => WebhookUrl.Validate(url, "url"));
            var webhook = new DesiredWebhook
            {
                Path = path,
                Url = url,
                Events = Wrap(path + ".events", () => WebhookEventNames.Normalize(Strings(PlainFields.Get(record, "events")), "events")),
                Secret = Reference(record, "secret", path),
                ApiVersion = PlainFields.Text(PlainFields.Get(record, "apiVersion")),
            };
            if (webhook.ApiVersion != null && !ApiVersionPattern.IsMatch(webhook.ApiVersion))
                throw new ArgumentException($"{path}.apiVersion: '{webhook.ApiVersion}' is not an API version such as 2024-10-01.");

            var authentication = PlainFields.Get(record, "authentication");
            if (authentication != null)
            {
                var header = Record(authentication, path + ".authentication", "headerName", "headerValue");
                webhook.HeaderName = Required(header, "headerName", path + ".authentication");
                webhook.HeaderValue = Reference(header, "headerValue", path + ".authentication");
            }
            return webhook;
        }

        private static DesiredTariff ReadTariff(object? item, string path)
        {
            var record = Record(item, path, "id", "rates");
            var id = Required(record, "id", path);
            var rates = PlainFields.Get(record, "rates") ?? throw new ArgumentException($"{path} ('{id}'): 'rates' is missing.");
            return new DesiredTariff
            {
                Path = path,
                Id = id,
                Rates = Wrap($"{path} ('{id}').rates", () => TariffRates.Read(new[] { rates }, "rates")),
            };
        }

        private static DesiredLocationTariff ReadLocationTariff(object? item, string path, ProvisioningDocument document)
        {
            var record = Record(item, path, "locationId", "tariffId", "intervals");
            var locationId = Required(record, "locationId", path);
            var tariffId = Required(record, "tariffId", path);
            var intervals = PlainFields.Get(record, "intervals") ?? throw new ArgumentException($"{path}: 'intervals' is missing.");
            var where = $"{path} (location {locationId})";
            var schedule = new DesiredLocationTariff
            {
                Path = path,
                LocationId = locationId,
                TariffId = tariffId,
                Intervals = Wrap(where + ".intervals", () => TariffIntervals.Read(PlainFields.Items(intervals), "intervals")),
            };
            var declared = document.Tariffs.FirstOrDefault(t => t.Id == tariffId);
            Wrap(where, () => TariffSchedule.Validate(schedule.Intervals, tariffId, declared?.Rates.Select(r => r.Name), "intervals"));
            return schedule;
        }

        private static object Record(object? item, string path, params string[] fields)
        {
            if (!PlainFields.IsRecord(item)) throw new ArgumentException($"{path}: expected a hashtable/object with {string.Join(", ", fields)}.");
            PlainFields.RejectUnknown(item!, path, fields);
            return item!;
        }

        private static string Required(object record, string field, string path)
        {
            var value = PlainFields.Text(PlainFields.Get(record, field))?.Trim();
            if (string.IsNullOrEmpty(value)) throw new ArgumentException($"{path}: '{field}' is missing.");
            return value!;
        }

        private static SecretReference Reference(object record, string field, string path)
        {
            var text = PlainFields.Text(PlainFields.Get(record, field));
            if (string.IsNullOrWhiteSpace(text)) throw new ArgumentException($"{path}: '{field}' is missing: give a reference such as 'env:ENODE_WEBHOOK_SECRET'.");
            if (!SecretReference.TryParse(text, out var reference))
                throw new ArgumentException(
                    $"{path}.{field} must be a reference such as 'env:VARIABLE_NAME' (or 'vault:Name'), never the secret itself: keep secrets out of files.");
            return reference!;
        }

        private static IEnumerable<string>? Strings(object? value) =>
            value == null ? null : PlainFields.Items(value).Select(v => PlainFields.Text(v) ?? "");

        private static T Wrap<T>(string where, Func<T> read)
        {
            try
            {
                return read();
            }
            catch (ArgumentException ex)
            {
                throw new ArgumentException($"{where}: {ArgumentMessages.WithoutParameterName(ex)}");
            }
        }

        private static void Wrap(string where, Action check) => Wrap<bool>(where, () => { check(); return true; });

        private static void Unique<T>(List<T> items, Func<T, string> key, Func<T, string> path, string field)
        {
            var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var item in items)
            {
                if (seen.TryGetValue(key(item), out var first))
                    throw new ArgumentException($"{path(item)}: {field} '{key(item)}' is already declared by {first}.");
                seen[key(item)] = path(item);
            }
        }
    }
}
