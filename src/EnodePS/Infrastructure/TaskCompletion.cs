using System.Threading.Tasks;

namespace EnodePS.Infrastructure
{
    internal static class TaskCompletion
    {
        /// <summary>Gives a task without a result one, so that it can run through the base class's Call.</summary>
        public static async Task<bool> Done(this Task task)
        {
            await task.ConfigureAwait(false);
            return true;
        }
    }
}
