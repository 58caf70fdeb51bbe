#include "cli/train_tagger_command.h"

#include <cstdio>
#include <memory>
#include <string>

#include "parse/dependency_parser.h"
#include "parse/tagger_training.h"

namespace dyadwatch::cli {
namespace {

struct TrainTaggerArgs {
  parse::TaggerTrainingOptions options;
  std::string output;
};

void RunTrainTagger(const TrainTaggerArgs& args) {
  parse::TaggerTrainingOptions options = args.options;
  options.log = [](const std::string& line) { std::fprintf(stderr, "%s\n", line.c_str()); };
  auto trained = parse::TrainTagger(options);
  if (!trained.ok()) {
    std::fprintf(stderr, "train-tagger: %s\n", trained.status().message().c_str());
    throw CLI::RuntimeError(1);
  }
  const auto& report = trained.value().report;
  Status saved = trained.value().tagger->Save(args.output);
  if (!saved.ok()) {
    std::fprintf(stderr, "train-tagger: %s\n", saved.message().c_str());
    throw CLI::RuntimeError(1);
  }
  const auto& weights = trained.value().tagger->data().weights;
  std::printf("best iteration: %d of %d\n", report.best_iteration, options.iterations);
  std::printf("dev accuracy: %.2f%%\n", 100.0 * report.dev_accuracy);
  if (report.test_accuracy >= 0) std::printf("test accuracy: %.2f%%\n", 100.0 * report.test_accuracy);
  std::printf("model: %s (%zu features, %zu weights)\n", args.output.c_str(),
              weights.num_features(), weights.num_weights());
  std::printf("training time: %.1f s\n", report.seconds);
}

struct TrainParserArgs {
  parse::ParserTrainingOptions options;
  std::string tagger_path = parse::DefaultTaggerModelPath();
  std::string output;
};

void RunTrainParser(const TrainParserArgs& args) {
  parse::ParserTrainingOptions options = args.options;
  auto tagger = parse::Tagger::Load(args.tagger_path);
  if (!tagger.ok()) {
    std::fprintf(stderr, "train-parser: %s\n", tagger.status().message().c_str());
    throw CLI::RuntimeError(1);
  }
  options.tagger = tagger.value();
  options.log = [](const std::string& line) { std::fprintf(stderr, "%s\n", line.c_str()); };
  auto trained = parse::TrainParser(options);
  if (!trained.ok()) {
    std::fprintf(stderr, "train-parser: %s\n", trained.status().message().c_str());
    throw CLI::RuntimeError(1);
  }
  Status saved = trained.value().parser->Save(args.output);
  if (!saved.ok()) {
    std::fprintf(stderr, "train-parser: %s\n", saved.message().c_str());
    throw CLI::RuntimeError(1);
  }
  const auto& t = trained.value();
  std::printf("best iteration: %d of %d\n", t.best_iteration, options.iterations);
  std::printf("dev UAS %.2f%% LAS %.2f%% (predicted tags)\n", 100 * t.dev.uas, 100 * t.dev.las);
  if (!options.test_path.empty()) {
    std::printf("test UAS %.2f%% LAS %.2f%% (predicted tags)\n", 100 * t.test.uas, 100 * t.test.las);
  }
  std::printf("model: %s (%zu features, %zu weights)\n", args.output.c_str(),
              t.parser->weights().num_features(), t.parser->weights().num_weights());
  std::printf("training time: %.1f s\n", t.seconds);
}

// --train/--dev/--test, shared by both training commands.
void AddTreebankOptions(CLI::App* cmd, std::string* train, std::string* dev, std::string* test) {
  cmd->add_option("--train", *train, "training CoNLL-U file")->required()->check(CLI::ExistingFile);
  cmd->add_option("--dev", *dev, "development CoNLL-U file (picks the iteration)")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("--test", *test, "test CoNLL-U file (reported only)")->check(CLI::ExistingFile);
}

void RegisterTrainParserCommand(CLI::App& app) {
  auto args = std::make_shared<TrainParserArgs>();
  auto* cmd = app.add_subcommand(
      "train-parser", "train the dependency parser on UD CoNLL-U files (heads and relations)");
  AddTreebankOptions(cmd, &args->options.train_path, &args->options.dev_path,
                     &args->options.test_path);
  cmd->add_option("--tagger", args->tagger_path, "tagger model that tags dev/test for evaluation")
      ->capture_default_str();
  cmd->add_option("-o,--output", args->output, "model file to write")->required();
  cmd->add_option("--iterations", args->options.iterations, "training passes")
      ->capture_default_str()
      ->check(CLI::Range(1, 100));
  cmd->callback([args] { RunTrainParser(*args); });
}

}  // namespace

void RegisterTrainTaggerCommand(CLI::App& app) {
  RegisterTrainParserCommand(app);
  auto args = std::make_shared<TrainTaggerArgs>();
  auto* cmd = app.add_subcommand(
      "train-tagger", "train the part-of-speech tagger on UD CoNLL-U files (XPOS tags)");
  AddTreebankOptions(cmd, &args->options.train_path, &args->options.dev_path,
                     &args->options.test_path);
  cmd->add_option("-o,--output", args->output, "model file to write")->required();
  cmd->add_option("--iterations", args->options.iterations, "training passes")
      ->capture_default_str()
      ->check(CLI::Range(1, 100));
  cmd->add_option("--unlabeled", args->options.unlabeled_path,
                  "raw text (one paragraph per line) to tag for an automatic word-class lexicon")
      ->check(CLI::ExistingFile);
  cmd->add_flag("!--one-pass", args->options.two_pass,
               "skip the second pass (faster tagging, slightly lower accuracy)");
  cmd->add_option("--prune", args->options.prune_below,
                  "drop averaged weights with smaller magnitude")
      ->capture_default_str();
  cmd->callback([args] { RunTrainTagger(*args); });
}

}  // namespace dyadwatch::cli
