using System.Collections.Concurrent;
using PiiGuard;
using SolaxCloud.Model;

namespace SolaxCloud.Services;

/// <summary>Registration, password reset and account deletion for end users.</summary>
public sealed class AccountService(ILogger<AccountService> logger)
{
    private readonly ConcurrentDictionary<string, EndUser> users = new(StringComparer.OrdinalIgnoreCase);

    public EndUser Register(string email, string name, string country)
    {
        var user = new EndUser { Id = Guid.NewGuid(), Email = email, Name = name, Country = country, Account = email };
        users[email] = user;
        logger.LogInformation("End user {UserId} registered in {Country}", user.Id, Redact.Mask(user.Country));
        return user;
    }

    public void RequestPasswordReset(string email)
    {
        if (!users.TryGetValue(email, out var user))
        {
            // LEAK (PII0102): exception messages end up in logs and error pages; the address should not be in it.
            throw new KeyNotFoundException($"No SolaX Cloud account for {user?.Email ?? email}");
        }

        logger.LogInformation("Password reset requested for user {UserId}", user.Id);
    }

    public void Delete(Guid userId)
    {
        var user = users.Values.FirstOrDefault(u => u.Id == userId);
        if (user is not null)
        {
            users.TryRemove(user.Email, out _);
            logger.LogInformation("Account {UserId} deleted; contact data and plant links removed", userId);
        }
    }
}
