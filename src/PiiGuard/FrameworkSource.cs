#if PIIGUARD_ANALYZERS
namespace PiiGuard.Analyzers.Model;
#else
namespace PiiGuard;
#endif

/// <summary>
/// The groups of framework members PiiGuard knows to be personal data without any attribute (the source catalogue,
/// <c>docs/sources.md</c>). <c>[assembly: PiiExternal(FrameworkSource.…, Purpose = …)]</c> declares what a group is
/// used for; with nothing declared its members have no purpose, so logging or serializing them is reported.
/// </summary>
#if PIIGUARD_ANALYZERS
internal
#else
public
#endif
enum FrameworkSource
{
    /// <summary>The client's IP address: <c>ConnectionInfo.RemoteIpAddress</c>, <c>IHttpConnectionFeature.RemoteIpAddress</c>, and the forwarding headers (<c>X-Forwarded-For</c>, <c>Forwarded</c>, <c>X-Real-IP</c>, …). Category <see cref="Category.IpAddress"/>.</summary>
    ClientIpAddress = 0,

    /// <summary>The signed-in user's name: <c>IIdentity.Name</c> (<c>User.Identity.Name</c>). Category <see cref="Category.Account"/>.</summary>
    UserName = 1,

    /// <summary>Identity claims: <c>FindFirst</c>/<c>FindFirstValue</c>/<c>FindAll</c> of the e-mail, name, phone, address, birth-date and gender claim types, and a principal's whole <c>Claims</c>. Category by claim type.</summary>
    IdentityClaims = 2,
}
