using System.Net.Mail;
using Microsoft.Extensions.Caching.Distributed;
using PiiGuard;
using SolaxCloud.Model;

namespace SolaxCloud.Services;

/// <summary>
/// Password reset (the e-mail's declared use): the pending reset is cached, keyed by its token, with the address it
/// belongs to; the cache is on the Frankfurt server the assembly declares ("stored in Aliyun server from Alibaba in
/// Frankfurt, Germany"), and the mail goes out through a relay there.
/// </summary>
public sealed class PasswordResetChannel(IDistributedCache cache)
{
    [PiiDestination("DE")]
    private readonly SmtpClient smtp = new("mail.solaxcloud.example");

    public async Task SendAsync(EndUser user, string token, CancellationToken cancellationToken)
    {
        await cache.SetStringAsync("password-reset:" + token, user.Email, new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(1) }, cancellationToken);
        smtp.Send("no-reply@solaxcloud.example", user.Email, "SolaX Cloud password reset", "Use the link in this e-mail within one hour to choose a new password.");
    }
}
