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
        public const string RetentionText = nameof(RetentionText);
        public const string SoldTo = nameof(SoldTo);
        public const string SharedWith = nameof(SharedWith);
        public const string CcpaCategory = nameof(CcpaCategory);
    }

    /// <summary><c>[assembly: PiiExternal]</c>.</summary>
    internal static class PiiExternal
    {
        public const string Purpose = nameof(Purpose);
        public const string Description = nameof(Description);
    }

    /// <summary><c>[PiiDestination]</c>.</summary>
    internal static class PiiDestination
    {
        public const string Host = nameof(Host);
        public const string Recipient = nameof(Recipient);
        public const string RecipientKind = nameof(RecipientKind);
        public const string Purpose = nameof(Purpose);
    }

    /// <summary><c>[PiiTransfer]</c>.</summary>
    internal static class PiiTransfer
    {
        public const string Description = nameof(Description);
    }

    /// <summary><c>[PiiContact]</c>.</summary>
    internal static class PiiContact
    {
        public const string Address = nameof(Address);
        public const string Email = nameof(Email);
        public const string Phone = nameof(Phone);
        public const string Url = nameof(Url);
    }

    /// <summary><c>[PiiActivity]</c>.</summary>
    internal static class PiiActivity
    {
        public const string Purpose = nameof(Purpose);
        public const string Description = nameof(Description);
        public const string DataSubjects = nameof(DataSubjects);
        public const string Items = nameof(Items);
        public const string Recipients = nameof(Recipients);
        public const string Transfers = nameof(Transfers);
        public const string Retention = nameof(Retention);
        public const string LegalBasis = nameof(LegalBasis);
    }

    /// <summary><c>[PiiSource]</c>.</summary>
    internal static class PiiSource
    {
        public const string Description = nameof(Description);
        public const string Items = nameof(Items);
        public const string PersonalData = nameof(PersonalData);
    }

    /// <summary><c>[PiiRights]</c>.</summary>
    internal static class PiiRights
    {
        public const string AppliesTo = nameof(AppliesTo);
        public const string Rights = nameof(Rights);
        public const string HowToExercise = nameof(HowToExercise);
        public const string Verification = nameof(Verification);
        public const string ResponseTime = nameof(ResponseTime);
        public const string RequestLimit = nameof(RequestLimit);
        public const string OptOutValidity = nameof(OptOutValidity);
        public const string Complaints = nameof(Complaints);
    }

    /// <summary><c>[PiiChildren]</c>.</summary>
    internal static class PiiChildren
    {
        public const string MinimumAge = nameof(MinimumAge);
    }
}
