namespace Modernize.Analysis.Cells;

/// <summary>The leading segments that paths of segments (namespaces split at dots, folders split at slashes) all share.</summary>
internal static class SegmentPrefix
{
    /// <summary>The segments every path starts with; none for no paths.</summary>
    public static string[] Of(IEnumerable<string[]> paths)
    {
        string[]? first = null;
        var length = 0;
        foreach (var parts in paths)
        {
            if (first is null)
            {
                first = parts;
                length = parts.Length;
                continue;
            }

            length = Math.Min(length, parts.Length);
            for (var i = 0; i < length; i++)
            {
                if (parts[i] != first[i])
                {
                    length = i;
                    break;
                }
            }
        }

        return first is null ? [] : first[..length];
    }
}
