using Modernize.Extraction;

namespace Modernize.Cli.Pipeline;

/// <summary>What the pipeline tells the console while it runs.</summary>
internal interface IScanProgress
{
    void Stage(string name);

    void Loading(string message);

    void Extracting(ExtractionProgress progress);
}
