using System.Threading.Tasks;
using Xunit;

namespace PiiGuard.Tests.Analyzers.Flow;

/// <summary>Issue 13, deliverable 1: telemetry is logging (PII01xx) — span tags, events, baggage, metric tags, log context, custom properties.</summary>
public sealed class TelemetryFlowTests
{
    private const string Usings = """
        using System.Diagnostics;
        using System.Diagnostics.Metrics;

        """;

    private static Task VerifyAsync(string code) => FlowTest.VerifyAsync(Usings + code);

    [Fact]
    public Task ActivityTagsBaggageAndEvents_Reported() => VerifyAsync("""
        class Service
        {
            void Run(Activity activity, Customer c)
            {
                activity.SetTag("customer.email", {|PII0101:c.Email|});
                activity.AddTag("customer.fax", {|PII0101:c.Fax|});
                activity.AddBaggage("name", {|PII0101:c.Name|});
                var tags = new ActivityTagsCollection();
                tags.Add("email", c.Email);
                activity.AddEvent(new ActivityEvent("signed-up", tags: {|PII0101:tags|}));
                activity.SetTag("customer.id", c.Id);
                activity.SetTag("plan", "gold");
            }
        }
        """);

    [Fact]
    public Task MetricTags_Reported() => VerifyAsync("""
        class Service
        {
            void Run(Meter meter, Customer c)
            {
                var orders = meter.CreateCounter<int>("orders");
                orders.Add(1, new KeyValuePair<string, object?>("email", {|PII0101:c.Email|}));
                var list = new TagList();
                list.Add("fax", c.Fax);
                meter.CreateHistogram<double>("latency").Record(3.5, {|PII0101:list|});
                orders.Add(1, new KeyValuePair<string, object?>("id", c.Id));
            }
        }
        """);

    [Fact]
    public Task OpenTelemetrySpanAttributes_Reported() => VerifyAsync("""
        class Service
        {
            void Run(OpenTelemetry.Trace.TelemetrySpan span, Customer c)
            {
                span.SetAttribute("customer.email", {|PII0101:c.Email|});
                span.SetAttribute("customer.id", c.Id);
            }
        }
        """);

    [Fact]
    public Task SerilogLogContext_Reported() => VerifyAsync("""
        class Service
        {
            void Run(Customer c)
            {
                using (Serilog.Context.LogContext.PushProperty("Email", {|PII0101:c.Email|}))
                using (Serilog.Context.LogContext.PushProperty("CustomerId", c.Id))
                {
                }
            }
        }
        """);

    [Fact]
    public Task ApplicationInsightsCustomProperties_Reported() => VerifyAsync("""
        class Service
        {
            void Run(Microsoft.ApplicationInsights.TelemetryClient telemetry, Customer c)
            {
                telemetry.TrackEvent("SignedUp", {|PII0101:new Dictionary<string, string> { ["email"] = c.Email }|});
                telemetry.TrackTrace("Signed up " + {|PII0101:c.Name|});
                telemetry.TrackEvent("SignedUp", new Dictionary<string, string> { ["id"] = c.Id.ToString() });
            }
        }
        """);

    [Fact]
    public Task TelemetryCoveredByPurpose_NotReported() => VerifyAsync("""
        class Service
        {
            void Run(Activity activity, Customer c)
            {
                activity.SetTag("phone", c.VerifiedPhone);
            }
        }
        """);
}
