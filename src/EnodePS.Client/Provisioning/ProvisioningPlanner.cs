using System;
using System.Collections.Generic;
using System.Linq;
using System.Security;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client.Errors;
using EnodePS.Client.Models;
using EnodePS.Client.Tariffs;
using EnodePS.Client.Webhooks;

namespace EnodePS.Client.Provisioning
{
    /// <summary>
    /// Compares a provisioning file with what the API has and lists, per resource, what to create, update, delete or
    /// leave alone. Planning only reads: secrets are resolved first (no request until every one is found), then the
    /// live tariffs, schedules and webhooks are read. Any problem stops planning with the resource it concerns.
    /// </summary>
    public static class ProvisioningPlanner
    {
        public const string WebhookType = "Webhook";
        public const string TariffType = "Tariff";
        public const string LocationTariffType = "LocationTariff";
        private const int MaxListedDifferences = 8;

        public static async Task<ProvisioningPlan> PlanAsync(EnodeClient client, ProvisioningDocument document, ProvisioningOptions options,
            CancellationToken cancellationToken = default)
        {
            var webhooks = document.Webhooks.Select(w => (Declared: w, Settings: Settings(w, options.Resolvers))).ToList();
            var steps = new List<ProvisioningStep>();

            var liveTariffs = new Dictionary<string, Tariff?>(StringComparer.Ordinal);
            foreach (var tariff in document.Tariffs)
            {
                var live = await Read(TariffType + " " + tariff.Id, () => client.Tariffs.FindAsync(tariff.Id, cancellationToken)).ConfigureAwait(false);
                liveTariffs[tariff.Id] = live;
                steps.Add(TariffStep(tariff, live));
            }

            foreach (var schedule in document.LocationTariffs)
            {
                var target = LocationTariffType + " " + schedule.LocationId;
                var rateNames = await RateNamesAsync(client, document, schedule, liveTariffs, cancellationToken).ConfigureAwait(false);
                IReadOnlyList<LocationTariffEntry> current;
                try
                {
                    current = await client.Tariffs.GetLocationTariffAsync(schedule.LocationId, cancellationToken).ConfigureAwait(false);
                }
                catch (EnodeApiException ex) when (ex.StatusCode == 404)
                {
                    throw new ProvisioningFailedException(target, $"{schedule.Path}: location '{schedule.LocationId}' was not found.", ex);
                }
                catch (Exception ex) when (!(ex is OperationCanceledException))
                {
                    throw new ProvisioningFailedException(target, $"Cannot read the tariff schedule of location '{schedule.LocationId}': {ex.Message}", ex);
                }
                steps.Add(LocationStep(schedule, current, rateNames));
            }

            if (webhooks.Count > 0 || options.Prune)
            {
                var registered = await Read("the registered webhooks", async () =>
                {
                    var list = new List<Webhook>();
                    await foreach (var webhook in client.Webhooks.ListAsync(null, cancellationToken).ConfigureAwait(false)) list.Add(webhook);
                    return list;
                }).ConfigureAwait(false);

                foreach (var (_, settings) in webhooks) steps.Add(WebhookStep(WebhookPlanner.Plan(settings, registered, options.SendSecrets)));
                if (options.Prune)
                    foreach (var stray in registered.Where(r => !webhooks.Any(w => WebhookUrl.Same(r.Url, w.Settings.Url))))
                        steps.Add(new ProvisioningStep(WebhookType, stray.Url, ProvisioningAction.Delete, new[] { "not declared in the file" }, stray.Id, null,
                            async (c, ct) =>
                            {
                                await c.Webhooks.DeleteAsync(stray.Id, ct).ConfigureAwait(false);
                                return stray.Id;
                            }));
            }
            return new ProvisioningPlan(steps);
        }

        private static WebhookSettings Settings(DesiredWebhook declared, SecretResolvers resolvers) => new WebhookSettings
        {
            Url = declared.Url,
            Events = declared.Events,
            ApiVersion = declared.ApiVersion,
            Secret = Resolve(resolvers, declared.Secret, declared, "secret"),
            Authentication = declared.HeaderName == null ? null
                : new WebhookHeader(declared.HeaderName, Resolve(resolvers, declared.HeaderValue!, declared, "authentication.headerValue")),
            ManageAuthentication = true,
        };

        private static SecureString Resolve(SecretResolvers resolvers, SecretReference reference, DesiredWebhook declared, string field)
        {
            try
            {
                return resolvers.Resolve(reference);
            }
            catch (InvalidOperationException ex)
            {
                throw new ProvisioningFailedException(WebhookType + " " + declared.Url,
                    $"{declared.Path}.{field} of webhook {declared.Url}: {ex.Message}", ex);
            }
        }

        private static ProvisioningStep TariffStep(DesiredTariff tariff, Tariff? live)
        {
            Func<EnodeClient, CancellationToken, Task<string?>> apply = async (c, ct) =>
            {
                await c.Tariffs.SetAsync(tariff.Id, tariff.Rates, ct).ConfigureAwait(false);
                return tariff.Id;
            };
            if (live == null)
                return new ProvisioningStep(TariffType, tariff.Id, ProvisioningAction.Create,
                    new[] { "rates: " + string.Join(", ", tariff.Rates) }, tariff.Id, null, apply);

            var changes = new List<string>();
            foreach (var rate in tariff.Rates)
            {
                var current = live.Rates.FirstOrDefault(r => r.Name == rate.Name);
                if (current == null) changes.Add($"add {rate}");
                else if (current.Amount == null || current.Amount != rate.Amount) changes.Add($"{rate.Name}: {current.Cost} -> {rate.Cost}");
            }
            foreach (var removed in live.Rates.Where(r => tariff.Rates.All(d => d.Name != r.Name))) changes.Add($"remove {removed}");
            return new ProvisioningStep(TariffType, tariff.Id, changes.Count == 0 ? ProvisioningAction.Unchanged : ProvisioningAction.Update,
                changes, tariff.Id, null, apply);
        }

        private static async Task<IEnumerable<string>> RateNamesAsync(EnodeClient client, ProvisioningDocument document,
            DesiredLocationTariff schedule, Dictionary<string, Tariff?> liveTariffs, CancellationToken cancellationToken)
        {
            var declared = document.Tariffs.FirstOrDefault(t => t.Id == schedule.TariffId);
            if (declared != null) return declared.Rates.Select(r => r.Name);

            var target = LocationTariffType + " " + schedule.LocationId;
            if (!liveTariffs.TryGetValue(schedule.TariffId, out var live))
                liveTariffs[schedule.TariffId] = live = await Read(target, () => client.Tariffs.FindAsync(schedule.TariffId, cancellationToken)).ConfigureAwait(false);
            if (live == null)
                throw new ProvisioningFailedException(target,
                    $"{schedule.Path}: tariff '{schedule.TariffId}' is neither declared in the file nor present in Enode. Declare it under tariffs.");
            try
            {
                TariffSchedule.Validate(schedule.Intervals, schedule.TariffId, live.Rates.Select(r => r.Name), "intervals");
            }
            catch (ArgumentException ex)
            {
                throw new ProvisioningFailedException(target, $"{schedule.Path} (location {schedule.LocationId}): {ArgumentMessages.WithoutParameterName(ex)}", ex);
            }
            return live.Rates.Select(r => r.Name);
        }

        private static ProvisioningStep LocationStep(DesiredLocationTariff schedule, IReadOnlyList<LocationTariffEntry> current, IEnumerable<string> rateNames)
        {
            var names = rateNames.ToList();
            Func<EnodeClient, CancellationToken, Task<string?>> apply = async (c, ct) =>
            {
                await c.Tariffs.SetLocationTariffAsync(schedule.LocationId, schedule.TariffId, schedule.Intervals, names, ct).ConfigureAwait(false);
                return schedule.LocationId;
            };
            if (current.Count == 0)
                return new ProvisioningStep(LocationTariffType, schedule.LocationId, ProvisioningAction.Create,
                    new[] { $"tariff {schedule.TariffId}: " + string.Join(", ", schedule.Intervals) }, schedule.LocationId, null, apply);

            var wanted = TariffSchedule.Rows(schedule.TariffId, schedule.Intervals);
            var live = TariffSchedule.Rows(current);
            if (TariffSchedule.Same(wanted, live))
                return new ProvisioningStep(LocationTariffType, schedule.LocationId, ProvisioningAction.Unchanged, Array.Empty<string>(), schedule.LocationId, null, apply);

            var changes = new List<string>();
            var liveTariffIds = live.Select(r => r.TariffId).Distinct().ToList();
            if (liveTariffIds.Count != 1 || liveTariffIds[0] != schedule.TariffId)
                changes.Add($"tariff: {string.Join(",", liveTariffIds)} -> {schedule.TariffId}");
            var differences = wanted.Except(live).Select(r => "+ " + r).Concat(live.Except(wanted).Select(r => "- " + r)).ToList();
            changes.AddRange(differences.Take(MaxListedDifferences));
            if (differences.Count > MaxListedDifferences) changes.Add($"... and {differences.Count - MaxListedDifferences} more");
            return new ProvisioningStep(LocationTariffType, schedule.LocationId, ProvisioningAction.Update, changes, schedule.LocationId, null, apply);
        }

        private static ProvisioningStep WebhookStep(WebhookPlan plan)
        {
            var action = plan.Action == WebhookAction.Create ? ProvisioningAction.Create
                : plan.Action == WebhookAction.Update ? ProvisioningAction.Update
                : ProvisioningAction.Unchanged;
            var changes = plan.Action == WebhookAction.Create ? new[] { "events: " + string.Join(",", plan.Desired.Events) } : plan.Changes;
            return new ProvisioningStep(WebhookType, plan.Desired.Url, action, changes, plan.Existing?.Id,
                plan.Notes.Count == 0 ? null : string.Join("; ", plan.Notes),
                async (c, ct) => (await c.Webhooks.ApplyAsync(plan, ct).ConfigureAwait(false)).Id);
        }

        private static async Task<T> Read<T>(string what, Func<Task<T>> read)
        {
            try
            {
                return await read().ConfigureAwait(false);
            }
            catch (Exception ex) when (!(ex is OperationCanceledException) && !(ex is ProvisioningFailedException))
            {
                throw new ProvisioningFailedException(what, $"Cannot read {what}: {ex.Message}", ex);
            }
        }
    }
}
