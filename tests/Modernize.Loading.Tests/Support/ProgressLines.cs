namespace Modernize.Loading.Tests.Support;

/// <summary>Collects a load's progress messages (reported from several threads).</summary>
public sealed class ProgressLines(List<string> lines) : IProgress<string>
{
    public void Report(string value)
    {
        lock (lines)
        {
            lines.Add(value);
        }
    }
}
