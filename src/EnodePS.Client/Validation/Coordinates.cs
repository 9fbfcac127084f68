using System;

namespace EnodePS.Client.Validation
{
    /// <summary>Latitude and longitude in degrees.</summary>
    public static class Coordinates
    {
        public static double Latitude(double value, string parameterName) => InRange(value, -90, 90, parameterName);

        public static double Longitude(double value, string parameterName) => InRange(value, -180, 180, parameterName);

        private static double InRange(double value, double min, double max, string parameterName)
        {
            if (double.IsNaN(value) || value < min || value > max)
                throw new EnodeValidationException(parameterName, value, FormattableString.Invariant($"a number of degrees from {min} to {max}."));
            return value;
        }
    }
}
