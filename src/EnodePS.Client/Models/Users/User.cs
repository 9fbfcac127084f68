using System;
using System.Collections.Generic;

namespace EnodePS.Client.Models
{
    /// <summary>
    /// A user of your Enode client. Listing users gives CreatedAt and Scopes; getting one by id gives LinkedVendors
    /// (null on listed users, which the list does not describe).
    /// </summary>
    public sealed class User : ApiResource
    {
        public string Id { get; set; } = "";
        public DateTimeOffset? CreatedAt { get; set; }
        public List<string>? Scopes { get; set; }
        public List<LinkedVendor>? LinkedVendors { get; set; }

        public override string ToString() => Id;
    }
}
