using System;
using System.Runtime.InteropServices;
using System.Security;

namespace EnodePS.Client
{
    /// <summary>Conversions to and from SecureString, kept in one place so that plain copies are easy to audit.</summary>
    public static class SecureStrings
    {
        public static SecureString FromPlain(string value)
        {
            var secure = new SecureString();
            foreach (var c in value) secure.AppendChar(c);
            secure.MakeReadOnly();
            return secure;
        }

        public static string ToPlain(SecureString value)
        {
            var pointer = IntPtr.Zero;
            try
            {
                pointer = Marshal.SecureStringToGlobalAllocUnicode(value);
                return Marshal.PtrToStringUni(pointer) ?? "";
            }
            finally
            {
                if (pointer != IntPtr.Zero) Marshal.ZeroFreeGlobalAllocUnicode(pointer);
            }
        }
    }
}
