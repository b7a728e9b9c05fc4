using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PiiGuard.Analyzers.Flow;
using PiiGuard.Tests.Infrastructure;
using Xunit;

namespace PiiGuard.Tests.Analyzers.Flow;

/// <summary>
/// Issue 13, deliverable 5: framework members that are personal data without any attribute (the source catalogue) —
/// the client's IP address, the signed-in user's name and identity claims — against the real ASP.NET Core reference
/// pack; purposes from <c>[assembly: PiiExternal(FrameworkSource.…)]</c>; third-party members marked with
/// <c>[assembly: PiiExternal(typeof(T), "Member", Category.…)]</c>.
/// </summary>
public sealed class FrameworkSourceTests
{
    private const string Usings = """
        using System.Security.Claims;
        using Microsoft.AspNetCore.Http;

        """;

    private static Task VerifyAsync(string code, bool withModels = true)
    {
        var test = FlowTest.Create(Usings + code);
        test.References = TestReferences.WithAspNetCore;
        if (!withModels)
        {
            test.AdditionalSources.Clear();
        }

        return test.RunAsync();
    }

    [Fact]
    public Task RemoteIpAddress_Logged_Reported() => VerifyAsync("""
        class Middleware
        {
            void Run(ILogger logger, HttpContext context)
            {
                logger.LogInformation("WS {IP} request", {|PII0101:context.Connection.RemoteIpAddress|});
                var ip = context.Connection.RemoteIpAddress?.MapToIPv4();
                logger.LogInformation("from {Ip}", {|PII0101:ip|});
                logger.LogInformation("port {Port}", context.Connection.RemotePort);
                logger.LogInformation("local {Ip}", context.Connection.LocalIpAddress);
            }
        }
        """);

    [Fact]
    public Task RemoteIpAddress_OnlyAHomeRegionDeclared_Reported() => VerifyAsync("""
        [assembly: PiiHomeRegion("EU")]

        class Middleware
        {
            void Run(ILogger logger, HttpContext context) =>
                logger.LogWarning("Blocked {IP}", {|PII0101:context.Connection.RemoteIpAddress|});
        }
        """, withModels: false);

    // Issue 17: a project that declares nothing pays nothing (no body walked); discovery (PII0008) is what it gets.
    [Fact]
    public Task RemoteIpAddress_NothingDeclared_NotWalked() => VerifyAsync("""
        class Middleware
        {
            void Run(ILogger logger, HttpContext context) =>
                logger.LogWarning("Blocked {IP}", context.Connection.RemoteIpAddress);
        }
        """, withModels: false);

    [Fact]
    public Task ClientIpAddress_PurposeDeclared_NotReported() => VerifyAsync("""
        [assembly: PiiExternal(FrameworkSource.ClientIpAddress, Purpose = Purpose.Security | Purpose.FraudPrevention)]

        class Middleware
        {
            void Run(ILogger logger, HttpContext context)
            {
                logger.LogInformation("WS {IP} request", context.Connection.RemoteIpAddress);
                logger.LogInformation("via {Forwarded}", context.Request.Headers["X-Forwarded-For"]);
                logger.LogInformation("user {Name}", {|PII0101:context.User.Identity?.Name|});
            }
        }
        """);

    [Fact]
    public Task ForwardingHeaders_Reported_OtherHeadersNot() => VerifyAsync("""
        class Middleware
        {
            void Run(ILogger logger, HttpRequest request, Microsoft.AspNetCore.Http.Features.IHttpConnectionFeature feature)
            {
                logger.LogInformation("{F}", {|PII0101:request.Headers["X-Forwarded-For"]|});
                logger.LogInformation("{F}", {|PII0101:request.Headers["x-real-ip"]|});
                const string original = "X-Original-For";
                logger.LogInformation("{F}", {|PII0101:request.Headers[original]|});
                if (request.Headers.TryGetValue("Forwarded", out var forwarded))
                {
                    logger.LogInformation("{F}", {|PII0101:forwarded|});
                }

                logger.LogInformation("{F}", {|PII0101:feature.RemoteIpAddress|});
                logger.LogInformation("{A}", request.Headers["Accept"]);
                request.Headers.TryGetValue("User-Agent", out var agent);
                logger.LogInformation("{A}", agent);
            }
        }
        """);

    [Fact]
    public Task UserName_Logged_Reported_FlagsNot() => VerifyAsync("""
        class Controller
        {
            void Run(ILogger logger, ClaimsPrincipal user, System.Security.Principal.IIdentity identity)
            {
                logger.LogInformation("User {Name} signed in", {|PII0101:user.Identity?.Name|});
                logger.LogInformation("User {Name}", {|PII0101:identity.Name|});
                logger.LogInformation("Authenticated {A} via {Type}", user.Identity?.IsAuthenticated, user.Identity?.AuthenticationType);
            }
        }
        """);

    [Fact]
    public Task IdentityClaims_ByType_Reported_IdsNot() => VerifyAsync("""
        class Controller
        {
            void Run(ILogger logger, ClaimsPrincipal user, ClaimsIdentity identity)
            {
                logger.LogInformation("{E}", {|PII0101:user.FindFirstValue(ClaimTypes.Email)|});
                logger.LogInformation("{B}", {|PII0101:user.FindFirst(ClaimTypes.DateOfBirth)?.Value|});
                logger.LogInformation("{P}", {|PII0101:identity.FindFirst("phone_number")?.Value|});
                var surname = user.FindFirst(ClaimTypes.Surname);
                logger.LogInformation("{S}", {|PII0101:surname|});
                logger.LogInformation("{Id}", user.FindFirstValue(ClaimTypes.NameIdentifier));
                logger.LogInformation("{R}", user.FindFirst(ClaimTypes.Role)?.Value);
                logger.LogInformation("{H}", user.HasClaim(ClaimTypes.Email, "a@b.c"));
            }
        }
        """);

    [Fact]
    public Task IdentityClaims_PurposeDeclared_NotReported() => VerifyAsync("""
        [assembly: PiiExternal(FrameworkSource.IdentityClaims, Purpose = Purpose.Security)]
        [assembly: PiiExternal(FrameworkSource.UserName, Purpose = Purpose.Security)]

        class Controller
        {
            void Run(ILogger logger, ClaimsPrincipal user)
            {
                logger.LogInformation("{E}", user.FindFirstValue(ClaimTypes.Email));
                logger.LogInformation("{N}", user.Identity!.Name);
                logger.LogDebug("External claims: {@claims}", user.Claims.Select(c => $"{c.Type}: {c.Value}"));
            }
        }
        """);

    [Fact]
    public Task ClaimsLoggedWhole_Reported() => VerifyAsync("""
        class ExternalController
        {
            void Callback(ILogger logger, Microsoft.AspNetCore.Authentication.AuthenticateResult result, ClaimsPrincipal principal)
            {
                var externalClaims = result.Principal!.Claims.Select(c => $"{c.Type}: {c.Value}");
                logger.LogDebug("External claims: {@claims}", {|PII0101:externalClaims|});
                logger.LogDebug("Principal: {@principal}", {|PII0103:principal|});
                logger.LogDebug("Claims: {@claims}", {|PII0101:principal.Claims.ToList()|});
                logger.LogDebug("Scheme: {Scheme}", result.Ticket?.AuthenticationScheme);
            }
        }
        """);

    // eShop's Identity.API ExternalController.Callback, as written (with the scheme name a constant: in the bench the
    // Duende constant does not resolve, so `result` does not bind there).
    [Fact]
    public Task EShopExternalCallback_ClaimsLogged_Reported() => VerifyAsync("""
        [assembly: PiiHomeRegion("EU")]

        public class ExternalController : Microsoft.AspNetCore.Mvc.Controller
        {
            private readonly ILogger<ExternalController> _logger = null!;

            public async Task<Microsoft.AspNetCore.Mvc.IActionResult> Callback()
            {
                var result = await Microsoft.AspNetCore.Authentication.AuthenticationHttpContextExtensions.AuthenticateAsync(HttpContext, "idsrv.external");
                if (result?.Succeeded != true)
                {
                    throw new Exception("External authentication error");
                }

                if (_logger.IsEnabled(LogLevel.Debug))
                {
                    var externalClaims = result.Principal!.Claims.Select(c => $"{c.Type}: {c.Value}");
                    _logger.LogDebug("External claims: {@claims}", {|PII0101:externalClaims|});
                }

                return Ok();
            }
        }
        """, withModels: false);

    // The same method as the bench compiles it: Duende's constant does not resolve, so the call's result, `result` and
    // every member read off it do not bind; the walker recovers their types from the compiler's candidate.
    [Fact]
    public Task EShopExternalCallback_SchemeConstantUnresolved_ClaimsStillReported() => VerifyAsync("""
        using Microsoft.AspNetCore.Authentication;

        [assembly: PiiHomeRegion("EU")]

        public class ExternalController : Microsoft.AspNetCore.Mvc.Controller
        {
            private readonly ILogger<ExternalController> _logger = null!;

            public async Task<Microsoft.AspNetCore.Mvc.IActionResult> Callback()
            {
                var result = await HttpContext.AuthenticateAsync({|CS0103:IdentityServerConstants|}.ExternalCookieAuthenticationScheme);
                if (result?.Succeeded != true)
                {
                    throw new Exception("External authentication error");
                }

                var externalClaims = result.Principal!.Claims.Select(c => $"{c.Type}: {c.Value}");
                _logger.LogDebug("External claims: {@claims}", {|PII0101:externalClaims|});
                _logger.LogDebug("Succeeded: {Succeeded}", result.Succeeded);
                _logger.LogDebug("Scheme: {Scheme}", result.Ticket!.AuthenticationScheme);
                _logger.LogDebug("Name: {Name}", {|PII0101:result.Principal.Identity!.Name|});
                return Ok();
            }
        }
        """, withModels: false);

    [Fact]
    public Task ClaimsPrincipal_Serialized_Reported() => VerifyAsync("""
        class Export
        {
            string Run(ClaimsPrincipal principal, Microsoft.AspNetCore.Http.Features.IHttpConnectionFeature feature) =>
                System.Text.Json.JsonSerializer.Serialize({|PII0201:principal|}) + System.Text.Json.JsonSerializer.Serialize({|PII0201:feature.RemoteIpAddress?.ToString()|});
        }
        """);

    [Fact]
    public Task ThroughHelper_Reported() => VerifyAsync("""
        static class HttpContextExtensions
        {
            public static System.Net.IPAddress GetNormalizedRemoteIP(this HttpContext context)
            {
                var ip = context.Connection.RemoteIpAddress ?? System.Net.IPAddress.Loopback;
                if (ip.IsIPv4MappedToIPv6)
                {
                    ip = ip.MapToIPv4();
                }

                return ip;
            }
        }

        class Auth
        {
            void Run(ILogger logger, HttpContext context) =>
                logger.LogInformation("Login from {IP}", {|PII0101:context.GetNormalizedRemoteIP()|});
        }
        """);

    [Fact]
    public Task ThirdPartyMember_MarkedWithPiiExternal_Reported() => VerifyAsync("""
        [assembly: PiiExternal(typeof(MimeKit.MailboxAddress), nameof(MimeKit.MailboxAddress.Address), Category.Contact)]

        class Mailer
        {
            void Run(ILogger logger, MimeKit.MailboxAddress to)
            {
                logger.LogInformation("Sending to {To}", {|PII0101:to.Address|});
                logger.LogInformation("Sending to {Name}", to.Name);
            }
        }
        """, withModels: false);

    [Fact]
    public Task ThirdPartyMember_WithCoveringPurpose_NotReported() => VerifyAsync("""
        [assembly: PiiExternal(typeof(MimeKit.MailboxAddress), "Address", Category.Contact, Purpose = Purpose.Diagnostics)]

        class Mailer
        {
            void Run(ILogger logger, MimeKit.MailboxAddress to) => logger.LogInformation("Sending to {To}", to.Address);
        }
        """, withModels: false);

    [Fact]
    public Task ThirdPartyMethodReturn_MarkedWithPiiExternal_Reported() => VerifyAsync("""
        [assembly: PiiExternal(typeof(Microsoft.AspNetCore.Http.Extensions.UriHelper), nameof(Microsoft.AspNetCore.Http.Extensions.UriHelper.GetDisplayUrl), Category.Behavior)]

        class Middleware
        {
            void Run(ILogger logger, HttpRequest request)
            {
                logger.LogInformation("Visited {Url}", {|PII0101:Microsoft.AspNetCore.Http.Extensions.UriHelper.GetDisplayUrl(request)|});
                logger.LogInformation("Path {Path}", request.Path);
            }
        }
        """, withModels: false);

    [Fact]
    public Task MalformedPiiExternal_NoCrash_NothingMarked() => VerifyAsync("""
        [assembly: PiiExternal((FrameworkSource)42, Purpose = (Purpose)(-1))]
        [assembly: PiiExternal(typeof(MimeKit.MailboxAddress), "", Category.Contact)]
        [assembly: PiiExternal(typeof(MimeKit.MailboxAddress), "NoSuchMember", (Category)99)]
        [assembly: PiiExternal(typeof(MimeKit.MailboxAddress), null!, Category.Contact)]

        class Mailer
        {
            void Run(ILogger logger, MimeKit.MailboxAddress to, HttpContext context)
            {
                logger.LogInformation("Sending to {To}", to.Name);
                logger.LogInformation("{Ip}", {|PII0101:context.Connection.RemoteIpAddress|});
            }
        }
        """, withModels: false);

    [Fact]
    public void Relevance_NoAspNetCore_NothingDeclared_IsEmpty()
    {
        var compilation = Compile(TestReferences.Default, """
            using System.Security.Claims;
            using Microsoft.Extensions.Logging;
            public class Service { public void Run(ILogger l, ClaimsPrincipal p) => l.LogInformation("{N}", p.Identity!.Name); }
            """);
        Assert.True(Relevance(compilation).IsEmpty);
    }

    [Fact]
    public void Relevance_AspNetCore_OnlyBodiesReadingSources_AreRelevant()
    {
        var compilation = Compile(TestReferences.WithAspNetCore, """
            using Microsoft.AspNetCore.Http;
            using Microsoft.Extensions.Logging;
            [assembly: PiiGuard.PiiHomeRegion("EU")]
            public class Service
            {
                public void Reads(ILogger l, HttpContext c) => l.LogInformation("{Ip}", c.Connection.RemoteIpAddress);
                public void Other(ILogger l, HttpContext c) => l.LogInformation("{Path}", c.Request.Path);
                public int Sum(int a, int b) => a + b;
            }
            """);
        var relevance = Relevance(compilation);
        Assert.False(relevance.IsEmpty);
        var relevant = compilation.SyntaxTrees.SelectMany(t => FlowBodies.CodeBlocks(t.GetRoot())).Where(relevance.IsRelevant)
            .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>().Select(m => m.Identifier.ValueText).ToList();
        Assert.Equal(new[] { "Reads" }, relevant);
    }

    private static Compilation Compile(TestReferences references, string source) =>
        CSharpCompilation.Create(
            "Sources",
            new[] { CSharpSyntaxTree.ParseText(source, TestProject.ParseOptions, path: "/src/File0.cs") },
            references.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    private static PiiRelevance Relevance(Compilation compilation) =>
        PiiRelevance.Compute(compilation, compilation.GetTypeByMetadataName("PiiGuard.PiiAttribute")!, CancellationToken.None);
}
