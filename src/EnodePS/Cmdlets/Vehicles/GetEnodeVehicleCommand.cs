using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client;
using EnodePS.Client.Models;
using EnodePS.Client.Paging;
using EnodePS.Completers;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Vehicles
{
    /// <summary>
    /// <para type="synopsis">Gets vehicles: all of them, one user's, or by id.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "EnodeVehicle", HelpUri = HelpLinks.Cmdlets + "Get-EnodeVehicle.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Vehicle))]
    public sealed class GetEnodeVehicleCommand : ListCmdlet<Vehicle>
    {
        /// <summary>Lists only this user's vehicles.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        public string? UserId { get; set; }

        /// <summary>Vehicle ids; binds the Id property of objects from the pipeline.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByIdSet, Position = 0)]
        [Alias("VehicleId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(VehicleIdCompleter))]
        public string[]? Id { get; set; }

        private protected override IEnumerable<PipelineRule> PipelineRules()
        {
            foreach (var rule in ById("Vehicle")) yield return rule;
            yield return PipelineRule.For("User", "Id", "-UserId", id => UserId = id);
        }

        protected override string[]? Ids => Id;

        protected override IAsyncEnumerable<Vehicle> List(EnodeClient client, PageOptions options, CancellationToken cancellationToken) =>
            client.Vehicles.ListAsync(UserId, options, cancellationToken);

        protected override Task<Vehicle> GetById(EnodeClient client, string id, CancellationToken cancellationToken) =>
            client.Vehicles.GetAsync(id, cancellationToken);
    }
}
