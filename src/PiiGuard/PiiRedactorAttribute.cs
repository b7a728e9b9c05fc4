using System;

namespace PiiGuard;

/// <summary>
/// Declares that a method's result carries no personal data (it masks, erases or hashes with a key). Values passed
/// through it stop being personal data for PiiGuard's flow rules.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class PiiRedactorAttribute : Attribute
{
}
