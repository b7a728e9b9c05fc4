namespace PiiGuard.Analyzers.Model;

/// <summary>
/// The values of <c>PiiGuard.PiiSinkKind</c> as <c>[PiiSink]</c> stores them (the analyzers never reference
/// <c>PiiGuard.dll</c>). A convention test keeps names and values equal to the public enum.
/// </summary>
internal enum DeclaredSinkKind
{
    Log = 0,
    Serialize = 1,
}
