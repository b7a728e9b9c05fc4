namespace PiiGuard;

/// <summary>Who a <see cref="PiiContactAttribute"/> names (GDPR Art. 30(1)(a), Art. 13(1)(a)–(b)).</summary>
public enum PiiContactRole
{
    /// <summary>The controller: the organisation that decides why and how the data is processed.</summary>
    Controller = 0,
    /// <summary>A joint controller (Art. 26).</summary>
    JointController = 1,
    /// <summary>The controller's representative in the Union (Art. 27).</summary>
    Representative = 2,
    /// <summary>The data protection officer (Art. 37–39).</summary>
    DataProtectionOfficer = 3,
    /// <summary>Where privacy questions and requests go when the notice names no officer (e.g. "Attn: Privacy Officer").</summary>
    PrivacyContact = 4,
}
