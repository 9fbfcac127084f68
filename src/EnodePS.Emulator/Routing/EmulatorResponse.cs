using System.Collections.Generic;
using System.Text;
using System.Text.Json.Nodes;

namespace EnodePS.Emulator.Routing
{
    public sealed class EmulatorResponse
    {
        public EmulatorResponse(int status, byte[] body, string? contentType)
        {
            Status = status;
            Body = body;
            ContentType = contentType;
        }

        public int Status { get; }
        public byte[] Body { get; }
        public string? ContentType { get; }
        public Dictionary<string, string> Headers { get; } = new Dictionary<string, string>();

        /// <summary>Set by fault injection: the front door closes the connection instead of answering.</summary>
        public bool DropConnection { get; set; }

        /// <summary>Set by fault injection: the front door announces the whole body but sends only its first half.</summary>
        public bool TruncateBody { get; set; }

        public static EmulatorResponse Json(int status, JsonNode body) =>
            new EmulatorResponse(status, Encoding.UTF8.GetBytes(body.ToJsonString()), "application/json; charset=utf-8");

        public static EmulatorResponse NoContent() => new EmulatorResponse(204, new byte[0], null);
    }
}
