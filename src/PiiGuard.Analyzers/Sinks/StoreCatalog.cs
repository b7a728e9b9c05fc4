using System.Collections.Immutable;

namespace PiiGuard.Analyzers.Sinks;

/// <summary>
/// The stores PiiGuard knows (<see cref="SinkKind.Store"/> rows of the <see cref="SinkCatalog"/>): what is written to a
/// database, a cache, a file or a cookie. A write is placed by <c>[PiiStorage]</c> on the receiver's member, its type,
/// the class doing the write, or the assembly (see <c>docs/catalogue.md</c>).
/// </summary>
/// <remarks>
/// EF Core: the entity handed to <c>Add</c>/<c>Attach</c>/<c>Update</c> is stored with every declared member it holds.
/// <c>SaveChanges</c> is not required in the same body: a repository adds, a unit of work saves elsewhere, and an entity
/// that is tracked is as good as written.
/// </remarks>
internal static class StoreCatalog
{
    private static ImmutableArray<string> Names(params string[] names) => ImmutableArray.Create(names);

    private static readonly ImmutableArray<string> EfWrites = Names(
        "Add", "AddAsync", "AddRange", "AddRangeAsync", "Attach", "AttachRange", "Update", "UpdateRange");

    private static readonly ImmutableArray<string> EfEntities = Names("entity", "entities");

    private static readonly ImmutableArray<string> RedisWrites = Names(
        "StringSet", "StringSetAsync", "StringSetAndGet", "StringSetAndGetAsync", "StringAppend", "StringAppendAsync",
        "HashSet", "HashSetAsync", "ListLeftPush", "ListLeftPushAsync", "ListRightPush", "ListRightPushAsync",
        "ListInsertAfter", "ListInsertAfterAsync", "ListInsertBefore", "ListInsertBeforeAsync", "ListSetByIndex", "ListSetByIndexAsync",
        "SetAdd", "SetAddAsync", "SortedSetAdd", "SortedSetAddAsync", "StreamAdd", "StreamAddAsync");

    private static readonly ImmutableArray<string> FileWrites = Names(
        "WriteAllText", "WriteAllTextAsync", "WriteAllLines", "WriteAllLinesAsync", "WriteAllBytes", "WriteAllBytesAsync",
        "AppendAllText", "AppendAllTextAsync", "AppendAllLines", "AppendAllLinesAsync");

    private static readonly ImmutableArray<string> WriterWrites = Names("Write", "WriteLine", "WriteAsync", "WriteLineAsync");

    public static ImmutableArray<SinkEntry> Entries { get; } = ImmutableArray.Create(
        // EF Core: entities added, attached or updated (their declared members are stored).
        new SinkEntry(SinkKind.Store, "Microsoft.EntityFrameworkCore.DbContext", EfWrites, DataParameters: EfEntities, WholeObjectParameters: EfEntities),
        new SinkEntry(SinkKind.Store, "Microsoft.EntityFrameworkCore.DbSet`1", EfWrites, DataParameters: EfEntities, WholeObjectParameters: EfEntities),

        // Distributed caches and Redis: keys are stored as well as values.
        new SinkEntry(SinkKind.Store, "Microsoft.Extensions.Caching.Distributed.IDistributedCache", Names("Set", "SetAsync"), DataParameters: Names("key", "value")),
        new SinkEntry(SinkKind.Store, "Microsoft.Extensions.Caching.Distributed.DistributedCacheExtensions", Names("Set", "SetAsync", "SetString", "SetStringAsync"), DataParameters: Names("key", "value")),
        new SinkEntry(SinkKind.Store, "StackExchange.Redis.IDatabase", RedisWrites),
        new SinkEntry(SinkKind.Store, "StackExchange.Redis.IDatabaseAsync", RedisWrites),

        // Files and streams.
        new SinkEntry(SinkKind.Store, "System.IO.File", FileWrites, DataParameters: Names("contents", "bytes")),
        new SinkEntry(SinkKind.Store, "System.IO.StreamWriter", WriterWrites),
        new SinkEntry(SinkKind.Store, "System.IO.Stream", Names("Write", "WriteAsync", "WriteByte"), DataParameters: Names("buffer", "value")),

        // Response cookies: the browser stores them.
        new SinkEntry(SinkKind.Store, "Microsoft.AspNetCore.Http.IResponseCookies", Names("Append"), DataParameters: Names("key", "value", "keyValuePairs")));
}
