namespace Modernize.Model.Graph;

/// <summary>A place in the scanned tree. <see cref="File"/> is relative to the scanned root with '/' separators; lines start at 1.</summary>
public sealed record SourceLocation(string File, int Line)
{
    public override string ToString() => $"{File}:{Line}";
}
