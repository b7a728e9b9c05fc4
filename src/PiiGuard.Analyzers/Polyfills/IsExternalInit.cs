namespace System.Runtime.CompilerServices;

// netstandard2.0 lacks this marker type, which records and init accessors need (PolySharp is not available here).
internal static class IsExternalInit
{
}
