using System.Threading;
using System.Threading.Tasks;

namespace EnodePS.Client.Auth
{
    /// <summary>Hands out a bearer token, fetching or refreshing it as needed.</summary>
    public interface IAccessTokenSource
    {
        Task<string> GetTokenAsync(CancellationToken cancellationToken);

        /// <summary>The API refused this token: forget it so that the next call fetches a new one.</summary>
        void Invalidate(string rejectedToken);
    }
}
