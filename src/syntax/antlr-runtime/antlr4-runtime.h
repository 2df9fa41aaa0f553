// Our own umbrella header for the ANTLR 4.9 C++ runtime, found before Debian's
// by the generated parser's `#include "antlr4-runtime.h"` and by src/syntax
// (CMakeLists.txt puts this directory first). Debian's umbrella header does
// not compile with clang 14: misc/InterpreterDataReader.h default-constructs a
// dfa::Vocabulary whose default constructor is deleted. Only kubus_syntax and
// the generated parser see this file. It lists the runtime headers whose names
// src/syntax/generated and src/syntax use; a regenerated parser that needs
// another one fails to compile and names the missing class.
#pragma once

#include "antlr4-common.h"

#include "ANTLRErrorStrategy.h"
#include "ANTLRInputStream.h"
#include "BailErrorStrategy.h"
#include "BaseErrorListener.h"
#include "CharStream.h"
#include "CommonToken.h"
#include "CommonTokenFactory.h"
#include "CommonTokenStream.h"
#include "DefaultErrorStrategy.h"
#include "Exceptions.h"
#include "FailedPredicateException.h"
#include "Lexer.h"
#include "NoViableAltException.h"
#include "Parser.h"
#include "ParserRuleContext.h"
#include "RecognitionException.h"
#include "Recognizer.h"
#include "RuleContext.h"
#include "Token.h"
#include "TokenFactory.h"
#include "TokenSource.h"
#include "TokenStream.h"
#include "Vocabulary.h"
#include "atn/ATN.h"
#include "atn/ATNDeserializer.h"
#include "atn/LexerATNSimulator.h"
#include "atn/ParserATNSimulator.h"
#include "atn/PredictionContext.h"
#include "atn/PredictionMode.h"
#include "dfa/DFA.h"
#include "misc/IntervalSet.h"
#include "tree/TerminalNode.h"
