using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PiiGuard.Analyzers.Model;
using PiiGuard.Analyzers.Sinks;

namespace PiiGuard.Analyzers.Flow;

/// <summary>Destinations: where a send goes — the request URL's host, the client member, the channel type.</summary>
internal sealed partial class FlowWalker
{
    private (Destination? Destination, string? Host) SendDestination(IInvocationOperation invocation, SinkEntry entry)
    {
        var url = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == entry.UrlParameter);
        var urlText = url is null ? null : ConstantUrl(Unwrap(url.Value));
        if (model.DestinationOfUrl(urlText) is { } byHost)
        {
            return (byHost, null);
        }

        // SendAsync(request): the URL is in the HttpRequestMessage, built inline or in a local.
        var request = invocation.Arguments.FirstOrDefault(a => types.Is(a.Parameter?.Type, ApiCatalog.RequestMessageType));
        var requestUrl = request is null ? null : Unwrap(request.Value) switch
        {
            ILocalReferenceOperation local => localUrls.TryGetValue(local.Local, out var known) ? known : null,
            var inline => RequestUrl(inline),
        };
        if (model.DestinationOfUrl(requestUrl) is { } byRequest)
        {
            return (byRequest, null);
        }

        var client = invocation.Instance ?? invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0)?.Value;
        if (client is not null && Unwrap(client) is IMemberReferenceOperation member && model.DestinationOf(member.Member) is { } byMember)
        {
            return (byMember, null);
        }

        return owner.ContainingType is { } containing && model.DestinationOf(containing) is { } byOwner
            ? (byOwner, null)
            : (null, PiiModel.HostOf(urlText ?? requestUrl));
    }

    // A preset's call is placed by what the user declared nearer (the client's member, the class), else by
    // [assembly: PiiDestination(region, Recipient = preset)]; it keeps the preset's recipient when the nearer one names none.
    private Destination? PresetDestination(SinkEntry entry, Destination? declared) => entry.Preset is not { } preset ? declared
        : declared is null ? model.DestinationOfRecipient(preset.Recipient)
        : declared.Recipient is null ? declared with { Recipient = preset.Recipient }
        : declared;

    /// <summary>
    /// Where a write to a store goes: <c>[PiiStorage]</c> on the receiver's field or property, on the receiver's type (a
    /// <c>DbContext</c>), on the type declaring the receiver member (the context of <c>db.Users</c>, the repository holding
    /// the cache), on the writing method or its class, else the first <c>[assembly: PiiStorage]</c>.
    /// </summary>
    private Destination? StoreDestination(IInvocationOperation invocation)
    {
        var receiver = invocation.Instance ??
            (invocation.TargetMethod.IsExtensionMethod ? invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0)?.Value : null);
        if (receiver is not null)
        {
            var unwrapped = Unwrap(receiver);
            var member = (unwrapped as IMemberReferenceOperation)?.Member;
            if ((member is null ? null : model.StoreOf(member)) is { } byMember)
            {
                return byMember;
            }

            if (unwrapped.Type is { } type && model.StoreOf(type) is { } byType)
            {
                return byType;
            }

            if (member?.ContainingType is { } declaring && model.StoreOf(declaring) is { } byDeclaring)
            {
                return byDeclaring;
            }
        }

        if (model.StoreOf(owner) is { } byOwner)
        {
            return byOwner;
        }

        return (owner.ContainingType is { } containing ? model.StoreOf(containing) : null) ?? model.DefaultStore;
    }

    private string? RequestUrl(IOperation operation) =>
        operation is IObjectCreationOperation creation && types.Is(creation.Type, ApiCatalog.RequestMessageType) &&
        creation.Arguments.FirstOrDefault(a => a.Parameter?.Name == ApiCatalog.RequestUriParameter) is { } uri
            ? ConstantUrl(Unwrap(uri.Value))
            : null;

    // static readonly string BaseUrl = "https://…": the literal it is initialised with (read from syntax, nothing bound).
    private static string? StaticReadonlyUrl(IFieldSymbol field) =>
        field.DeclaringSyntaxReferences.Length == 1 &&
        field.DeclaringSyntaxReferences[0].GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax
        {
            Initializer.Value: Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax { Token.Value: string literal },
        }
            ? literal
            : null;

    private string? ConstantUrl(IOperation operation) => operation switch
    {
        { ConstantValue: { HasValue: true, Value: string s } } => s,
        IInterpolatedStringOperation interpolated => interpolated.Parts.FirstOrDefault() switch
        {
            IInterpolatedStringTextOperation { Text.ConstantValue.Value: string prefix } => prefix,
            IInterpolatedStringAppendOperation { AppendCall: IInvocationOperation { Arguments.Length: > 0 } literal } => ConstantUrl(Unwrap(literal.Arguments[0].Value)),
            IInterpolationOperation { Expression: var hole } => ConstantUrl(Unwrap(hole)), // $"{BaseUrl}/lookup?…"
            _ => null,
        },
        IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } concatenation => ConstantUrl(Unwrap(concatenation.LeftOperand)),
        IFieldReferenceOperation { Field: { IsStatic: true, IsReadOnly: true, Type.SpecialType: SpecialType.System_String } field } => StaticReadonlyUrl(field),
        IInterpolatedStringHandlerCreationOperation handler => ConstantUrl(handler.Content),
        IInvocationOperation { TargetMethod: { Name: "Create", ContainingType.SpecialType: SpecialType.System_String } } create =>
            create.Arguments.Select(a => ConstantUrl(Unwrap(a.Value))).FirstOrDefault(u => u is not null),
        ILocalReferenceOperation local => localUrls.TryGetValue(local.Local, out var known) ? known : null,
        IObjectCreationOperation { Arguments.Length: > 0 } uri when types.Is(uri.Type, ApiCatalog.UriType) => ConstantUrl(Unwrap(uri.Arguments[0].Value)),
        _ => null,
    };
}
