using System;

#if PIIGUARD_ANALYZERS
namespace PiiGuard.Analyzers.Model;
#else
namespace PiiGuard;
#endif

/// <summary>What a role may do with an item of personal data (the "data authority" table).</summary>
[Flags]
#if PIIGUARD_ANALYZERS
internal
#else
public
#endif
enum PiiOperation
{
    /// <summary>No operation.</summary>
    None = 0,
    /// <summary>Read the item.</summary>
    Access = 1 << 0,
    /// <summary>Change the item.</summary>
    Edit = 1 << 1,
    /// <summary>Delete the item.</summary>
    Delete = 1 << 2,
}
