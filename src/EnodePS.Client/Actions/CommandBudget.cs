using System.Collections.Generic;
using System;

namespace EnodePS.Client.Actions
{
    /// <summary>
    /// How many control commands a device may get from one connection in a rolling 24 hours before the module speaks
    /// up (Enode advises at most 6), and whether going over is a warning or an error. Immutable.
    /// </summary>
    public sealed class CommandBudget
    {
        /// <summary>What a command over the budget does (Set-EnodeRequestOption -CommandBudgetAction).</summary>
        public static readonly IReadOnlyList<string> Actions = new[] { "Warn", "Error" };

        public const int MaxPerDevicePerDay = 1000;

        public static readonly CommandBudget Default = new CommandBudget(ControlLedger.AdvisedCommandsPerDay, false);

        public CommandBudget(int perDevicePerDay, bool isError)
        {
            PerDevicePerDay = Validate(perDevicePerDay, nameof(perDevicePerDay));
            IsError = isError;
        }

        /// <summary>Commands per device in 24 hours that pass silently; the next one warns (or fails, when <see cref="IsError"/>).</summary>
        public int PerDevicePerDay { get; }

        /// <summary>True: a command over the budget is refused with an error instead of sent with a warning.</summary>
        public bool IsError { get; }

        /// <summary>This budget with the values given; null leaves a value as it is. A wrong value throws naming <paramref name="perDayName"/>.</summary>
        public CommandBudget With(int? perDevicePerDay, bool? isError, string perDayName = "CommandsPerDevicePerDay") =>
            new CommandBudget(perDevicePerDay == null ? PerDevicePerDay : Validate(perDevicePerDay.Value, perDayName), isError ?? IsError);

        public override string ToString() => $"{PerDevicePerDay} commands per device per day, then {(IsError ? "an error" : "a warning")}";

        private static int Validate(int value, string name)
        {
            if (value < 1 || value > MaxPerDevicePerDay)
                throw new ArgumentException($"Cannot use '{value}' for {name}: a whole number from 1 to {MaxPerDevicePerDay} (Enode advises at most {ControlLedger.AdvisedCommandsPerDay}).", name);
            return value;
        }
    }
}
