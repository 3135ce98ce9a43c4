"""Prints, as JSON, where espeak-ng starts each word of a line, for make-sample-assets.

Usage: python3 espeak-word-events.py '{"voice": "fr+m3", "pitch": 42, "speed": 154, "text": "..."}'
Output: {"sampleRate": 22050, "words": [{"textPosition": 1, "sample": 0}, ...]}
textPosition is the 1-based character of the word in the text; sample is where its sound
starts in espeak-ng's own output (before make-sample-assets trims and resamples it).
The espeak-ng command line writes the same samples (plus trailing silence) but no word
events, so the library is called directly, with the same voice, pitch and speed.
"""
import ctypes
import json
import sys


class Event(ctypes.Structure):
    # espeak_EVENT from espeak-ng/speak_lib.h
    _fields_ = [
        ("type", ctypes.c_int),
        ("unique_identifier", ctypes.c_uint),
        ("text_position", ctypes.c_int),
        ("length", ctypes.c_int),
        ("audio_position", ctypes.c_int),
        ("sample", ctypes.c_int),
        ("user_data", ctypes.c_void_p),
        ("id", ctypes.c_char * 8),
    ]


EVENT_LIST_TERMINATED = 0
EVENT_WORD = 1
AUDIO_OUTPUT_SYNCHRONOUS = 2
RATE, PITCH = 1, 3
POS_CHARACTER, CHARS_UTF8 = 1, 1

args = json.loads(sys.argv[1])
lib = ctypes.CDLL("libespeak-ng.so.1")
sample_rate = lib.espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, None, 0)
words = []
samples = [0]


@ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.POINTER(Event))
def on_synth(_wav, count, events):
    samples[0] += count
    i = 0
    while events[i].type != EVENT_LIST_TERMINATED:
        if events[i].type == EVENT_WORD:
            words.append({"textPosition": events[i].text_position, "sample": events[i].sample})
        i += 1
    return 0


lib.espeak_SetSynthCallback(on_synth)
if lib.espeak_SetVoiceByName(args["voice"].encode()) != 0:
    sys.exit(f"espeak-ng has no voice {args['voice']}")
lib.espeak_SetParameter(RATE, args["speed"], 0)
lib.espeak_SetParameter(PITCH, args["pitch"], 0)
text = args["text"].encode("utf-8")
lib.espeak_Synth(text, len(text) + 1, 0, POS_CHARACTER, 0, CHARS_UTF8, None, None)
lib.espeak_Synchronize()
print(json.dumps({"sampleRate": sample_rate, "samples": samples[0], "words": words}))
