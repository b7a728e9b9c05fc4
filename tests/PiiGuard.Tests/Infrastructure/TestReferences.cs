using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace PiiGuard.Tests.Infrastructure;

/// <summary>
/// What test compilations reference: the .NET 10 reference pack from NuGet (the runtime the tests and the package
/// assemblies below are built for) plus the real packages PiiGuard follows data
/// through (Microsoft.Extensions.Logging.Abstractions, Serilog, Newtonsoft.Json, NLog, Microsoft.Extensions.Compliance.Abstractions… — the exact assemblies this test
/// project restored, not stubs) and PiiGuard.dll.
/// </summary>
internal sealed class TestReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> PackageAssemblies = new(() => new[]
        {
            typeof(Microsoft.Extensions.Logging.ILogger).Assembly,
            typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly,
            typeof(Serilog.Log).Assembly,
            typeof(Newtonsoft.Json.JsonConvert).Assembly,
            typeof(NLog.Logger).Assembly,
            typeof(Microsoft.ApplicationInsights.TelemetryClient).Assembly,
            typeof(OpenTelemetry.Trace.TelemetrySpan).Assembly,
            typeof(RabbitMQ.Client.IChannel).Assembly,
            typeof(MailKit.Net.Smtp.SmtpClient).Assembly,
            typeof(MimeKit.MimeMessage).Assembly,
            typeof(Microsoft.EntityFrameworkCore.DbContext).Assembly,
            typeof(Microsoft.Extensions.Caching.Distributed.IDistributedCache).Assembly,
            typeof(StackExchange.Redis.IDatabase).Assembly,
            typeof(Azure.Messaging.ServiceBus.ServiceBusSender).Assembly,
            typeof(Azure.Core.AzureLocation).Assembly,
            typeof(Azure.Core.Amqp.AmqpAnnotatedMessage).Assembly,
            typeof(System.BinaryData).Assembly,
            typeof(MassTransit.IPublishEndpoint).Assembly,
            typeof(Confluent.Kafka.IProducer<,>).Assembly,
            typeof(SendGrid.ISendGridClient).Assembly,
            typeof(Twilio.TwilioClient).Assembly,
            typeof(Stripe.StripeClient).Assembly,
            typeof(Sentry.SentrySdk).Assembly,
            typeof(OpenAI.Chat.ChatClient).Assembly,
            typeof(System.ClientModel.ApiKeyCredential).Assembly,
            typeof(Microsoft.Extensions.AI.IChatClient).Assembly,
            typeof(Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute).Assembly,
            typeof(PiiGuard.PiiAttribute).Assembly,
        }.Distinct().Select(assembly => (MetadataReference)MetadataReference.CreateFromFile(assembly.Location)).ToImmutableArray());

    // ReferenceAssemblies.Net.Net100 names Microsoft.NETCore.App.Ref 10.0.1, which the registry here does not serve;
    // the same pack in the version of the runtime running the tests is (and matches the SDK's own pack).
    private static readonly string PackVersion = Environment.Version.ToString(3);

    private static readonly ReferenceAssemblies Net = new(
        "net10.0", new PackageIdentity("Microsoft.NETCore.App.Ref", PackVersion), Path.Combine("ref", "net10.0"));

    // The ASP.NET Core pack is a second reference pack, resolved the same way; the assemblies it shares with the
    // packages above (Logging.Abstractions, …) are taken from the packages.
    private static readonly Lazy<ImmutableArray<MetadataReference>> AspNetCorePack = new(() =>
    {
        var pack = new ReferenceAssemblies("net10.0", new PackageIdentity("Microsoft.AspNetCore.App.Ref", PackVersion), Path.Combine("ref", "net10.0"));
        var known = PackageAssemblies.Value.Select(FileName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Resolve(pack).Where(reference => !known.Contains(FileName(reference))).ToImmutableArray();
    });

    private readonly Lazy<ImmutableArray<MetadataReference>> packages;
    private readonly Lazy<ImmutableArray<MetadataReference>> all;

    private TestReferences(ReferenceAssemblies framework, Func<ImmutableArray<MetadataReference>> packages)
    {
        Framework = framework;
        this.packages = new(packages);
        all = new(() => Resolve(framework).AddRange(Packages));
    }

    // Resolved once per pack (the package caches the download); Task.Run keeps xunit's context out of the wait.
    private static ImmutableArray<MetadataReference> Resolve(ReferenceAssemblies pack) =>
        Task.Run(() => pack.ResolveAsync(LanguageNames.CSharp, default)).GetAwaiter().GetResult();

    private static string FileName(MetadataReference reference) => Path.GetFileName((reference as PortableExecutableReference)?.FilePath ?? reference.Display ?? string.Empty);

    /// <summary>The framework, the package assemblies and PiiGuard.dll.</summary>
    public static TestReferences Default { get; } = new(Net, () => PackageAssemblies.Value);

    /// <summary>The framework only, without PiiGuard.dll: a project that does not use PiiGuard.</summary>
    public static TestReferences FrameworkOnly { get; } = new(Net, () => ImmutableArray<MetadataReference>.Empty);

    /// <summary>The default references plus the ASP.NET Core shared framework (Identity's [PersonalData], the web SDK).</summary>
    public static TestReferences WithAspNetCore { get; } = new(Net, () => AspNetCorePack.Value.AddRange(PackageAssemblies.Value));

    /// <summary>The reference pack, for <c>AnalyzerTest.ReferenceAssemblies</c>.</summary>
    public ReferenceAssemblies Framework { get; }

    /// <summary>The package assemblies and PiiGuard.dll (and another pack's assemblies), for <c>TestState.AdditionalReferences</c>.</summary>
    public ImmutableArray<MetadataReference> Packages => packages.Value;

    /// <summary>Everything, for compilations built directly (generator drivers, robustness runs, second assemblies).</summary>
    public ImmutableArray<MetadataReference> All => all.Value;
}
