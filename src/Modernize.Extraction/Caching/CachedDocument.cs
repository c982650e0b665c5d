using System.Text.Json;
using System.Text.Json.Serialization;
using Modernize.Extraction.Collecting;
using Modernize.Extraction.Http;
using Modernize.Model.Graph;

namespace Modernize.Extraction.Caching;

/// <summary>
/// What the extraction cache keeps for one document: its walk's facts, the metrics of the types it declares, its surface hash
/// and the key of its project's inputs when it was walked. Reused only when the text and the project key are both unchanged.
/// </summary>
internal sealed record CachedDocument(
    string Surface,
    string ProjectKey,
    SourceFile File,
    IReadOnlyList<DeclaredType> Types,
    IReadOnlyList<CachedReference> References,
    IReadOnlyList<DataAccess> DataAccesses,
    int ResolvedTypeRefs,
    int UnresolvedTypeRefs,
    int Errors,
    IReadOnlyList<string> MissingNames,
    IReadOnlyDictionary<string, TypeMetrics> Metrics,
    IReadOnlyList<HttpRoute> Routes,
    IReadOnlyList<HttpCall> Calls)
{
    /// <summary>Bump when the payload or the meaning of any fact changes: every cached entry is then ignored.</summary>
    public const string FormatVersion = "2";

    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static CachedDocument From(DocumentFacts facts, string surface, string projectKey, IReadOnlyDictionary<string, TypeMetrics> projectMetrics)
    {
        var metrics = new SortedDictionary<string, TypeMetrics>(StringComparer.Ordinal);
        foreach (var type in facts.Types)
        {
            if (projectMetrics.TryGetValue(type.Id, out var value))
            {
                metrics[type.Id] = value;
            }
        }

        return new CachedDocument(
            surface,
            projectKey,
            facts.File,
            [.. facts.Types],
            [.. facts.References.Select(r => new CachedReference(r.Key.From, r.Key.To, r.Value.Assembly, [.. r.Value.KindsByValue], [.. r.Value.Samples], [.. r.Value.Members]))],
            [.. facts.DataAccesses],
            facts.ResolvedTypeRefs,
            facts.UnresolvedTypeRefs,
            facts.Errors,
            [.. facts.MissingNames],
            metrics,
            [.. facts.Routes],
            [.. facts.Calls]);
    }

    public DocumentFacts ToFacts()
    {
        var facts = new DocumentFacts(File)
        {
            ResolvedTypeRefs = ResolvedTypeRefs,
            UnresolvedTypeRefs = UnresolvedTypeRefs,
            Errors = Errors,
        };
        facts.Types.AddRange(Types);
        facts.DataAccesses.AddRange(DataAccesses);
        facts.MissingNames.AddRange(MissingNames);
        facts.Routes.AddRange(Routes);
        facts.Calls.AddRange(Calls);
        foreach (var reference in References)
        {
            facts.References[(reference.From, reference.To)] = ReferenceTally.Restore(reference.Assembly, reference.Kinds, reference.Samples, reference.Members);
        }

        return facts;
    }

    public byte[] Serialize() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    /// <summary>The cached entry, or null when it cannot be read (another format): then the document is walked again.</summary>
    public static CachedDocument? Deserialize(byte[] payload)
    {
        try
        {
            return JsonSerializer.Deserialize<CachedDocument>(payload, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>One (from, to) reference tally of a cached document.</summary>
internal sealed record CachedReference(string From, string To, string? Assembly, IReadOnlyList<int> Kinds, IReadOnlyList<SourceLocation> Samples, IReadOnlyList<string> Members);
