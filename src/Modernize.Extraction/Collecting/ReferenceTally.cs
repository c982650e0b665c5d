using Modernize.Model.Graph;

namespace Modernize.Extraction.Collecting;

/// <summary>Everything one type does with another: counts per dependency kind, members touched, first sample places.</summary>
internal sealed class ReferenceTally(string? assembly)
{
    private const int MaxMembers = 64;
    private static readonly int KindCount = Enum.GetValues<DependencyKind>().Length;

    private readonly int[] kinds = new int[KindCount];
    private readonly List<SourceLocation> samples = new(1);
    private HashSet<string>? members;

    public string? Assembly { get; } = assembly;

    public int Count { get; private set; }

    public bool WantsSample => samples.Count < Dependency.MaxSamples;

    public IReadOnlyList<SourceLocation> Samples => samples;

    public IReadOnlyCollection<string> Members => (IReadOnlyCollection<string>?)members ?? [];

    public void Add(DependencyKind kind, string? member)
    {
        kinds[(int)kind]++;
        Count++;
        if (member is not null && (members ??= new(StringComparer.Ordinal)).Count < MaxMembers)
        {
            members.Add(member);
        }
    }

    public void AddSample(SourceLocation location)
    {
        if (WantsSample && !samples.Contains(location))
        {
            samples.Add(location);
        }
    }

    /// <summary>Adds another document's tally for the same pair; samples keep the order documents were merged in.</summary>
    public void Merge(ReferenceTally other)
    {
        for (var i = 0; i < kinds.Length; i++)
        {
            kinds[i] += other.kinds[i];
        }

        Count += other.Count;
        foreach (var sample in other.samples)
        {
            AddSample(sample);
        }

        if (other.members is not null)
        {
            foreach (var member in other.members)
            {
                if ((members ??= new(StringComparer.Ordinal)).Count < MaxMembers)
                {
                    members.Add(member);
                }
            }
        }
    }

    /// <summary>Counts per kind, indexed by the enum's value (what the extraction cache stores).</summary>
    public IReadOnlyList<int> KindsByValue => kinds;

    /// <summary>A tally as the extraction cache stored it.</summary>
    public static ReferenceTally Restore(string? assembly, IReadOnlyList<int> kindsByValue, IEnumerable<SourceLocation> samples, IEnumerable<string> members)
    {
        var tally = new ReferenceTally(assembly);
        for (var i = 0; i < Math.Min(kindsByValue.Count, KindCount); i++)
        {
            tally.kinds[i] = kindsByValue[i];
            tally.Count += kindsByValue[i];
        }

        tally.samples.AddRange(samples);
        foreach (var member in members)
        {
            (tally.members ??= new(StringComparer.Ordinal)).Add(member);
        }

        return tally;
    }

    public SortedDictionary<DependencyKind, int> KindCounts()
    {
        var result = new SortedDictionary<DependencyKind, int>();
        for (var i = 0; i < kinds.Length; i++)
        {
            if (kinds[i] > 0)
            {
                result[(DependencyKind)i] = kinds[i];
            }
        }

        return result;
    }
}
