using System;
using System.Diagnostics;
using System.Linq;
using System.Reflection;
using PiiGuard.Analyzers.Model;
using Xunit;

namespace PiiGuard.Tests.Conventions;

public sealed class PublicApiConventionTests
{
    private static readonly Assembly Runtime = typeof(PiiAttribute).Assembly;

    [Fact]
    public void Attributes_AreSealedAndNeverConditional()
    {
        var attributes = Runtime.GetExportedTypes().Where(t => typeof(Attribute).IsAssignableFrom(t)).ToList();
        Assert.Equal(
            new[]
            {
                "PiiAccessAttribute", "PiiActivityAttribute", "PiiAttribute", "PiiChildrenAttribute", "PiiContactAttribute", "PiiDestinationAttribute", "PiiExternalAttribute", "PiiHomeRegionAttribute",
                "PiiRedactorAttribute", "PiiRightsAttribute", "PiiSecurityMeasureAttribute", "PiiSinkAttribute", "PiiSourceAttribute", "PiiStorageAttribute", "PiiTransferAttribute",
            },
            attributes.Select(t => t.Name).OrderBy(n => n, StringComparer.Ordinal));
        Assert.All(attributes, t =>
        {
            Assert.True(t.IsSealed, t.Name);
            Assert.Empty(t.GetCustomAttributes<ConditionalAttribute>());
        });
    }

    [Fact]
    public void Assembly_IsPiiGuardNetStandard20()
    {
        Assert.Equal("PiiGuard", Runtime.GetName().Name);
        var framework = Runtime.GetCustomAttribute<System.Runtime.Versioning.TargetFrameworkAttribute>();
        Assert.Equal(".NETStandard,Version=v2.0", framework!.FrameworkName);
    }

    [Fact]
    public void Enums_HaveTheNamesOfTheContract()
    {
        Assert.Equal(
            "Contact,Name,Account,Credentials,Financial,Payment,Location,PreciseLocation,Device,DeviceId,IpAddress,Behavior,Content,Image,Demographic,Biometric,Health,GovernmentId,Telemetry,Sensor,Social,Children,PrivacyPreferences,UniqueId",
            string.Join(",", Enum.GetNames<Category>()));
        Assert.Equal(
            "None,ServiceDelivery,Account,Payment,Communications,CustomerSupport,Security,FraudPrevention,Diagnostics,Analytics,Personalization,Marketing,Advertising,Research,LegalObligation,ThirdPartySharing",
            string.Join(",", Enum.GetNames<Purpose>()));
        Assert.Equal("None,Consent,Contract,LegalObligation,VitalInterests,PublicTask,LegitimateInterests", string.Join(",", Enum.GetNames<LegalBasis>()));
        Assert.Equal("None,Access,Edit,Delete", string.Join(",", Enum.GetNames<PiiOperation>()));
    }

    [Fact]
    public void Taxonomy_EveryCategoryAndPurposeHasAKeyThatRoundTrips()
    {
        foreach (var category in Enum.GetValues<Category>())
        {
            var key = Taxonomy.GetKey(category);
            Assert.StartsWith("user.", key, StringComparison.Ordinal);
            Assert.Equal(category, Taxonomy.CategoryFromKey(key));
            Assert.Equal(category, Taxonomy.CategoryFromKey(key + ".detail"));
        }

        foreach (var purpose in Enum.GetValues<Purpose>().Where(p => p != Purpose.None))
        {
            Assert.NotNull(Taxonomy.GetDataUse(purpose));
            Assert.Equal(purpose, purpose & Taxonomy.AllPurposes);
        }

        Assert.Null(Taxonomy.GetDataUse(Purpose.Payment | Purpose.Account));
        Assert.Null(Taxonomy.CategoryFromKey("contact.email"));
        Assert.Equal(Category.Contact, new PiiAttribute("user.contact.email").Category);
    }

    [Fact]
    public void Sensitive_IsExactlyTheSixOfTheContract()
    {
        Assert.Equal(
            new[] { Category.Credentials, Category.PreciseLocation, Category.Biometric, Category.Health, Category.GovernmentId, Category.Children },
            Enum.GetValues<Category>().Where(Taxonomy.IsSensitive));
    }

    [Fact]
    public void Regions_HoldEveryIsoCountryAndTheEuMembers()
    {
        Assert.Equal(249, Regions.CountryCount);
        Assert.Equal(27, Regions.EuMemberCount);
        Assert.True(Regions.Contains("EU", "DE"));
        Assert.True(Regions.Contains("EEA", "NO"));
        Assert.True(Regions.Contains("EEA", "EU"));
        Assert.False(Regions.Contains("EU", "NO"));
        Assert.False(Regions.Contains("EU", "US"));
        Assert.False(Regions.Contains("DE", "EU"));
        Assert.Equal("GB", Regions.Normalize("gb"));
        Assert.Null(Regions.Normalize("UK"));
    }

    [Fact]
    public void Redactors_MaskEraseAndHash()
    {
        Assert.Equal("**********1234", Redact.Mask("41111111111234", 4));
        Assert.Equal("[redacted]", Redact.Erase("jane@example.com"));
        var key = new byte[] { 1, 2, 3 };
        Assert.Equal(Redact.KeyedHash("jane@example.com", key), Redact.KeyedHash("jane@example.com", key));
        Assert.NotEqual(Redact.KeyedHash("jane@example.com", key), Redact.KeyedHash("jane@example.com", new byte[] { 4 }));
        Assert.Equal(64, Redact.KeyedHash("x", key)!.Length);
        Assert.All(new[] { "Mask", "Erase", "KeyedHash" }, name =>
            Assert.NotNull(typeof(Redact).GetMethod(name)!.GetCustomAttribute<PiiRedactorAttribute>()));
    }
}
