using System;
using EnodePS.Client.Models;

namespace EnodePS.Client.Errors
{
    /// <summary>An action could not be cancelled because it had already left PENDING (the API's 409); carries the action as it is.</summary>
    public sealed class ActionAlreadyResolvedException : InvalidOperationException
    {
        public ActionAlreadyResolvedException(VendorAction action)
            : base($"Action {action.Id} cannot be cancelled: it is already {action.State}.")
        {
            Action = action;
        }

        public VendorAction Action { get; }
    }
}
