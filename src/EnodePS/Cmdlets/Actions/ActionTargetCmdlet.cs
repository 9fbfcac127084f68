using System;
using System.Collections.Generic;
using System.Management.Automation;
using EnodePS.Client;
using EnodePS.Client.Actions;
using EnodePS.Client.Models;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Actions
{
    /// <summary>The parameters of the cmdlets that take actions: action objects from the pipeline, or ids (from the pipeline too) with -DeviceType.</summary>
    public abstract class ActionTargetCmdlet : ActionCmdlet
    {
        protected const string InputObjectSet = "InputObject";
        protected const string ByIdSet = "ById";

        /// <summary>Actions, as Start-EnodeCharging, Set-EnodeMaxCurrent and the other control cmdlets write them.</summary>
        [Parameter(Mandatory = true, ParameterSetName = InputObjectSet, Position = 0, ValueFromPipeline = true)]
        [ValidateNotNull]
        public VendorAction? InputObject { get; set; }

        /// <summary>Action ids, all of the -DeviceType; strings from the pipeline bind here.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByIdSet, Position = 0, ValueFromPipeline = true)]
        [Alias("ActionId")]
        [ValidateNotNullOrEmpty]
        public string[]? Id { get; set; }

        /// <summary>The kind of device the -Id actions control: vehicle, charger, hvac or battery.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByIdSet, Position = 1)]
        [Alias("Type", "TargetType", "Kind")]
        [ValidateSet("vehicle", "charger", "hvac", "battery", IgnoreCase = true)]
        public string? DeviceType { get; set; }

        /// <summary>The actions this Process call got: the piped action, or each -Id of the -DeviceType.</summary>
        protected IEnumerable<ActionReference> Received()
        {
            if (InputObject != null && ParameterSetName == InputObjectSet)
            {
                yield return ActionReference.Of(InputObject);
                yield break;
            }
            var type = ActionTargetTypes.Normalize(DeviceType, nameof(DeviceType));
            foreach (var id in Id ?? Array.Empty<string>()) yield return new ActionReference(type, id);
        }
    }
}
