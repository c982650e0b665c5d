using Modernize.Extraction;

namespace Modernize.Scanning.Progress;

/// <summary>What the pipeline tells the console while it runs.</summary>
public interface IScanProgress
{
    void Stage(string name);

    void Loading(string message);

    void Extracting(ExtractionProgress progress);

    /// <summary>A detail for <c>--verbose</c> only: what each analysis step cost and whether its stored result was reused.</summary>
    void Detail(string message);
}
