namespace PiiGuard.Analyzers.Model;

/// <summary>
/// The named arguments of PiiGuard's attributes, as the analyzers, the generator and the code fixes read and write
/// them. The analyzers never reference <c>PiiGuard.dll</c> (attributes are matched by metadata name), so the names live
/// here once; a convention test checks each against the attribute's real property, so a rename cannot drift.
/// </summary>
internal static class AttributeNames
{
    /// <summary><c>[Pii]</c>.</summary>
    internal static class Pii
    {
        public const string Purpose = nameof(Purpose);
        public const string LegalBasis = nameof(LegalBasis);
        public const string Description = nameof(Description);
        public const string Item = nameof(Item);
        public const string Retention = nameof(Retention);
        public const string RetentionFrom = nameof(RetentionFrom);
        public const string Sold = nameof(Sold);
        public const string Shared = nameof(Shared);
        public const string DisclosedTo = nameof(DisclosedTo);
        public const string DataSubject = nameof(DataSubject);
        public const string Group = nameof(Group);
        public const string StoredIn = nameof(StoredIn);
    }

    /// <summary><c>[PiiDestination]</c>.</summary>
    internal static class PiiDestination
    {
        public const string Host = nameof(Host);
        public const string Recipient = nameof(Recipient);
        public const string RecipientKind = nameof(RecipientKind);
    }
}
